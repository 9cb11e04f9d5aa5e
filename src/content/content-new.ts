/**
 * `npm run content:new <code> [guide-id]`: scaffolds a guide with every section to fill, in
 * English. Each "TODO" is reported by content:check and fails the tests until it is written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateContent } from './validate-content.ts';
import type { GuideRecord, GuideText } from './schema.ts';

const [code, idArgument] = process.argv.slice(2);
if (!code || !/^[0-9A-Z]{5,7}$/.test(code)) {
  console.error('Usage: npm run content:new <code> [guide-id]   (for example: 45378 colonoscopy)');
  process.exit(2);
}
const id = idArgument ?? `guide-${code.toLowerCase()}`;
const root = fileURLToPath(new URL('../..', import.meta.url));
const owner = validateContent(root).guides.find((guide) =>
  guide.record.listing.codes.some((c) => c.code === code),
);
if (owner) {
  console.error(`Code ${code} is already covered by ${owner.id}.`);
  process.exit(1);
}
const recordFile = `src/content/guides/${id}.json`;
const textFile = `locales/en/guides/${id}.json`;
for (const file of [recordFile, textFile]) {
  if (existsSync(`${root}${file}`)) {
    console.error(`${file} already exists.`);
    process.exit(1);
  }
}

const today = new Date().toISOString().slice(0, 10);
const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
const todo = (what: string) => `TODO: ${what}`;
const record: GuideRecord = {
  listing: {
    id,
    codes: [{ system: 'cpt', code }],
    bodyArea: 'whole-body',
    category: 'other',
    languages: { en: 'source' },
  },
  related: [],
  durations: { procedure: { min: 1, max: 1, unit: 'minute' } },
  // Only what the guide's text states; replace this placeholder.
  timeline: [{ event: 'going-home', after: 'same-day' }],
  risks: [{ id: 'todo-risk', howCommon: 'uncommon' }],
  review: {
    sources: [
      {
        name: todo('first source, e.g. MedlinePlus: …'),
        url: 'https://example.org/TODO',
        read: today,
      },
      { name: todo('second source'), url: 'https://example.org/TODO', read: today },
    ],
    lastReviewed: today,
    reviewDue: nextYear,
    checks: [{ kind: 'team-draft', date: today }],
  },
};
const text: GuideText = {
  about: {
    title: todo('our own plain title (never the CPT descriptor)'),
    otherNames: [todo('words people type for it')],
    codeTitles: { [code]: todo('short plain title of this code') },
  },
  summary: todo('2–4 short sentences: what it is'),
  keyFacts: {
    what: todo('what it is, in one short line'),
    numbing: todo('the kind of anaesthetic or sedation, or none'),
    goingHome: todo('going home the same day or not'),
    results: todo('when results come, in words'),
  },
  understanding: [1, 2, 3].map((n) => ({
    question: todo(`question ${n}: what the reader must understand (one about when to get help)`),
    choices: [todo('a choice'), todo('a choice'), todo('a choice')],
    answer: 0,
    explanation: todo('why that answer is right, from the guide'),
  })),
  purpose: todo('why it is done'),
  indications: [todo('who may need it')],
  prepare: {
    daysBefore: [todo('what to do in the days before (ask about medicines; never a dose)')],
    nightBefore: [todo('the night before')],
    morningOf: [todo('on the day')],
    bring: [todo('what to bring')],
    ride: todo('getting home'),
  },
  procedure: {
    where: todo('where it happens'),
    people: [todo('who will be there')],
    steps: [todo('what happens, step by step')],
  },
  recovery: {
    firstHours: [todo('the first hours')],
    firstDays: [todo('the first days')],
    wound: [todo('caring for the wound (delete this list if there is no wound)')],
    activity: [todo('being active')],
    results: [todo('when and how results come')],
  },
  feel: {
    before: [todo('what you may feel, see, hear before')],
    during: [todo('during')],
    after: [todo('after')],
  },
  risks: { 'todo-risk': todo('a risk, with how common in words') },
  benefits: [todo('benefits')],
  alternatives: [todo('other options')],
  getHelp: {
    emergency: [todo('signs to call emergency services')],
    callCareTeam: [todo('signs to call the care team')],
  },
  questions: [todo('questions to ask the care team')],
};
writeFileSync(`${root}${recordFile}`, `${JSON.stringify(record, null, 2)}\n`);
writeFileSync(`${root}${textFile}`, `${JSON.stringify(text, null, 2)}\n`);
console.log(
  `Wrote ${recordFile} and ${textFile}. Fill every TODO, then run npm run content:check.`,
);
