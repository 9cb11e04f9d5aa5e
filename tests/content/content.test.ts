import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/content/validate-content';
import { collectStrings, fleschKincaid } from '../../src/content/readability';
import { SUPPORTED_LANGUAGES } from '../../src/content/vocabulary';
import type { GuideRecord, GuideText } from '../../src/content/schema';

const root = join(import.meta.dirname, '../..');
const report = validateContent(root);

describe('content', () => {
  it('has every file valid against the schema, with English keys in every language', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.guides.length).toBeGreaterThanOrEqual(3);
  });

  it.each(report.guides.map((g) => [g.id, g] as const))(
    '%s reads at US grade 7 or below in English',
    (_, guide) => {
      const { grade } = fleschKincaid(collectStrings(guide.text.en));
      expect(grade).toBeLessThanOrEqual(7);
    },
  );

  it.each(report.guides.map((g) => [g.id, g] as const))(
    '%s has text in each language it offers, and cites at least two sources',
    (_, guide) => {
      for (const lang of Object.keys(guide.record.listing.languages))
        expect(guide.text[lang as (typeof SUPPORTED_LANGUAGES)[number]]).toBeDefined();
      expect(guide.record.review.sources.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('offers every guide in every supported language', () => {
    const missing = report.guides.flatMap((guide) =>
      SUPPORTED_LANGUAGES.filter((lang) => !guide.record.listing.languages[lang]).map(
        (lang) => `${guide.id}: ${lang}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('gives every guide in every language its key facts and 3 to 5 questions, the same answers as English', () => {
    const problems = report.guides.flatMap((guide) => {
      // Schema-checked by the first test; read here as the text type.
      const texts = guide.text as Partial<Record<string, GuideText>>;
      const english = texts.en?.understanding.map((q) => q.answer) ?? [];
      return SUPPORTED_LANGUAGES.flatMap((lang) => {
        const text = texts[lang];
        if (!text) return [`${guide.id}: no ${lang} text`];
        const answers = text.understanding.map((q) => q.answer);
        return [
          ...(Object.values(text.keyFacts).every((line) => line.trim())
            ? []
            : [`${guide.id} ${lang}: a blank key fact`]),
          ...(answers.length >= 3 && answers.length <= 5
            ? []
            : [`${guide.id} ${lang}: ${answers.length} questions`]),
          ...(answers.join() === english.join()
            ? []
            : [`${guide.id} ${lang}: answers ${answers} ≠ ${english}`]),
        ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('gives every guide a recovery timeline in time order, each moment once', () => {
    const order = (after: GuideRecord['timeline'][number]['after']) => {
      if (after === 'same-day') return 0;
      if (after === 'same-or-next-day' || after === 'next-morning') return 0.5;
      return after.min * { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7 }[after.unit];
    };
    const problems = report.guides.flatMap(({ id, record }) => {
      const times = record.timeline.map(({ after }) => order(after));
      const events = record.timeline.map(({ event }) => event);
      const results = record.timeline.find(({ event }) => event === 'results');
      return [
        // The results time is shown only on the timeline: it must be there when it is known.
        ...(record.durations.results &&
        JSON.stringify(results?.after) !== JSON.stringify(record.durations.results)
          ? [`${id}: results time missing from the timeline`]
          : []),
        ...(times.every((time, i) => i === 0 || time >= times[i - 1]!)
          ? []
          : [`${id}: out of order`]),
        ...(new Set(events).size === events.length ? [] : [`${id}: a moment twice`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('links only to guides that exist', () => {
    const ids = new Set(report.guides.map((g) => g.id));
    for (const guide of report.guides)
      for (const id of guide.record.related) expect(ids).toContain(id);
  });

  it('never claims a review that did not happen: machine help is not "reviewed"', () => {
    for (const guide of report.guides) {
      const clinician = guide.record.review.checks.some((c) => c.kind === 'clinician');
      for (const status of Object.values(guide.record.listing.languages))
        if (status === 'reviewed') expect(clinician).toBe(true);
    }
  });

  it('gives no doses (a number with a medicine unit)', () => {
    for (const guide of report.guides)
      for (const text of Object.values(guide.text))
        for (const s of collectStrings(text))
          expect(s).not.toMatch(/\b\d+(\.\d+)?\s?(mg|mcg|µg|ml|mL|milligrams?|units?)\b/);
  });

  it('does not repeat the seed page error: 21925 and 21920 are open biopsies, not needle ones', () => {
    for (const id of ['back-soft-tissue-biopsy-deep', 'back-soft-tissue-biopsy-superficial']) {
      const guide = report.guides.find((g) => g.id === id)!;
      const steps = (guide.text.en as { procedure: { steps: string[] } }).procedure.steps.join(' ');
      expect(steps).not.toMatch(/biopsy needle|needle is (put|inserted)/i);
      expect(steps).toMatch(/cut|incision/i);
      expect(steps).toMatch(/stitch/i);
    }
  });
});

describe('content validation', () => {
  function brokenCopy(edit: (dir: string) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'plainly-content-'));
    cpSync(join(root, 'locales'), join(dir, 'locales'), { recursive: true });
    cpSync(join(root, 'src/content/guides'), join(dir, 'src/content/guides'), { recursive: true });
    edit(dir);
    return validateContent(dir).problems.map(formatProblem);
  }

  function editJson(file: string, change: (data: unknown) => void) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    change(data);
    writeFileSync(file, JSON.stringify(data));
  }

  it('names the file, the field and the reason when a record breaks the schema', () => {
    const problems = brokenCopy((dir) =>
      editJson(join(dir, 'src/content/guides/back-soft-tissue-biopsy-deep.json'), (d) => {
        (d as { listing: { bodyArea: string } }).listing.bodyArea = 'elbowish';
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^src\/content\/guides\/back-soft-tissue-biopsy-deep\.json: listing\.bodyArea: .*expected one of/i,
      ),
    );
  });

  it('reports a translation whose keys differ from English', () => {
    const problems = brokenCopy((dir) =>
      editJson(join(dir, 'locales/es/guides/back-soft-tissue-biopsy-deep.json'), (d) => {
        const data = d as { prepare: { bring: string[]; extra?: string } };
        data.prepare.bring.pop();
        data.prepare.extra = 'x';
      }),
    );
    const english = JSON.parse(
      readFileSync(join(root, 'locales/en/guides/back-soft-tissue-biopsy-deep.json'), 'utf8'),
    ) as { prepare: { bring: string[] } };
    const items = english.prepare.bring.length;
    expect(problems).toContain(
      `locales/es/guides/back-soft-tissue-biopsy-deep.json: prepare.bring: has ${items - 1} items; English has ${items}`,
    );
    expect(problems).toContain(
      'locales/es/guides/back-soft-tissue-biopsy-deep.json: prepare.extra: is not in the English file',
    );
  });

  it('reports an interface string left empty, and a related guide that does not exist', () => {
    const problems = brokenCopy((dir) => {
      editJson(join(dir, 'locales/es/ui.json'), (d) => {
        (d as { search: { submit: string } }).search.submit = ' ';
      });
      editJson(join(dir, 'src/content/guides/muscle-needle-biopsy.json'), (d) => {
        (d as { related: string[] }).related.push('no-such-guide');
      });
    });
    expect(problems).toContain('locales/es/ui.json: search.submit: is empty');
    expect(problems).toContainEqual(
      expect.stringMatching(
        /muscle-needle-biopsy\.json: related\[\d+\]: "no-such-guide" is not another guide/,
      ),
    );
  });
});
