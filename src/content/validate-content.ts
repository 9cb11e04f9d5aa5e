import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { GLOSSARY_MARK, SUPPORTED_LANGUAGES } from './vocabulary.ts';
import {
  glossarySchema,
  guideRecordSchema,
  guideTextSchema,
  type GuideRecord,
  type Language,
} from './schema.ts';
import { collectStrings } from './readability.ts';

/** One thing wrong with the content, said so a writer can find and fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  reason: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field || '(whole file)'}: ${p.reason}`;
}

export interface LoadedGuide {
  id: string;
  record: GuideRecord;
  /** Parsed JSON of each offered language's file, valid or not. */
  text: Partial<Record<Language, unknown>>;
  /** Languages with a text file that is not offered yet (a translation in progress). */
  drafts: Language[];
}

export interface ContentReport {
  problems: ContentProblem[];
  guides: LoadedGuide[];
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );
}

function readJson(root: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    problems.push({ file, field: '', reason: `not readable JSON (${(error as Error).message})` });
    return undefined;
  }
}

function check<T>(schema: z.ZodType<T>, data: unknown, file: string, problems: ContentProblem[]) {
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, field: fieldPath(issue.path), reason: issue.message });
    }
  }
  return result.success ? result.data : undefined;
}

/** Reports where `other` differs in shape from `source` (keys, list lengths, empty strings). */
export function shapeProblems(source: unknown, other: unknown, path = ''): string[][] {
  if (typeof source === 'string') {
    if (typeof other !== 'string') return [[path, 'is missing or not text']];
    return other.trim() === '' ? [[path, 'is empty']] : [];
  }
  if (Array.isArray(source)) {
    if (!Array.isArray(other)) return [[path, 'is missing or not a list']];
    if (other.length !== source.length)
      return [[path, `has ${other.length} items; English has ${source.length}`]];
    return source.flatMap((item, i) => shapeProblems(item, other[i], `${path}[${i}]`));
  }
  if (source && typeof source === 'object') {
    if (!other || typeof other !== 'object' || Array.isArray(other))
      return [[path, 'is missing or not a group of fields']];
    const join = (key: string) => (path ? `${path}.${key}` : key);
    const extra = Object.keys(other)
      .filter((key) => !Object.hasOwn(source, key))
      .map((key) => [join(key), 'is not in the English file']);
    return [
      ...Object.entries(source).flatMap(([key, value]) =>
        shapeProblems(value, (other as Record<string, unknown>)[key], join(key)),
      ),
      ...extra,
    ];
  }
  return [];
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The plural forms a language needs for the counts Plainly shows (0 to 1,000), per CLDR. */
export function pluralForms(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

/**
 * Key parity for interface strings, aware of plurals: where English has `x_one`/`x_other`,
 * a language has exactly the forms its CLDR rules need (Arabic: zero, one, two, few, many,
 * other), so no count ever falls back to English.
 */
export function uiParityProblems(
  english: unknown,
  other: unknown,
  lang: string,
  path = '',
): string[][] {
  if (!english || typeof english !== 'object' || Array.isArray(english))
    return shapeProblems(english, other, path);
  if (!other || typeof other !== 'object' || Array.isArray(other))
    return [[path, 'is missing or not a group of fields']];
  const join = (key: string) => (path ? `${path}.${key}` : key);
  const source = english as Record<string, unknown>;
  const target = other as Record<string, unknown>;
  const problems: string[][] = [];
  const pluralBases = new Set(
    Object.keys(source)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.replace(PLURAL_SUFFIX, '')),
  );
  for (const [key, value] of Object.entries(source)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (pluralBases.has(base) && PLURAL_SUFFIX.test(key)) continue;
    problems.push(...uiParityProblems(value, target[key], lang, join(key)));
  }
  for (const base of pluralBases) {
    for (const form of pluralForms(lang)) {
      const key = `${base}_${form}`;
      const value = target[key];
      if (typeof value !== 'string' || value.trim() === '')
        problems.push([join(key), `is missing: ${lang} needs the plural form "${form}"`]);
    }
  }
  for (const key of Object.keys(target)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const isPlural = pluralBases.has(base) && PLURAL_SUFFIX.test(key);
    if (!Object.hasOwn(source, key) && !isPlural)
      problems.push([join(key), 'is not in the English file']);
  }
  return problems;
}

function jsonFiles(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Validates every content file under `root` (the project folder): guide records, guide text in
 * every language, glossaries and interface strings. Used by tests, the build and content:check.
 */
export function validateContent(root: string): ContentReport {
  const problems: ContentProblem[] = [];
  const guides: LoadedGuide[] = [];
  const rel = (file: string) => relative(root, join(root, file));

  const glossaries = new Map<Language, Record<string, unknown>>();
  for (const lang of SUPPORTED_LANGUAGES) {
    const file = `locales/${lang}/glossary.json`;
    if (!existsSync(join(root, file))) {
      problems.push({ file, field: '', reason: 'is missing' });
      continue;
    }
    const data = readJson(root, file, problems);
    const glossary = check(glossarySchema, data, file, problems);
    if (glossary) glossaries.set(lang, glossary);
  }

  for (const namespace of ['ui', 'glossary']) {
    const english = readJson(root, `locales/en/${namespace}.json`, problems);
    for (const lang of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
      const file = `locales/${lang}/${namespace}.json`;
      if (!existsSync(join(root, file))) {
        problems.push({ file, field: '', reason: 'is missing' });
        continue;
      }
      const data = readJson(root, file, problems);
      const found =
        namespace === 'ui' ? uiParityProblems(english, data, lang) : shapeProblems(english, data);
      for (const [field, reason] of found)
        problems.push({ file, field: field ?? '', reason: reason ?? '' });
    }
  }

  const records = jsonFiles(root, 'src/content/guides');
  const ids = new Set(records.map((file) => file.replace(/^.*\/(.*)\.json$/, '$1')));
  const codeOwners = new Map<string, string>();

  for (const recordFile of records) {
    const file = rel(recordFile);
    const id = file.replace(/^.*\/(.*)\.json$/, '$1');
    const record = check(guideRecordSchema, readJson(root, file, problems), file, problems);
    if (!record) continue;
    if (record.listing.id !== id)
      problems.push({ file, field: 'listing.id', reason: `must be "${id}", the file's name` });
    for (const [i, code] of record.listing.codes.entries()) {
      const key = `${code.system}:${code.code}`;
      const owner = codeOwners.get(key);
      if (owner)
        problems.push({
          file,
          field: `listing.codes[${i}]`,
          reason: `${key} is already in ${owner}`,
        });
      codeOwners.set(key, id);
    }
    for (const [i, related] of record.related.entries()) {
      if (!ids.has(related) || related === id)
        problems.push({
          file,
          field: `related[${i}]`,
          reason: `"${related}" is not another guide`,
        });
    }
    if (record.listing.languages.en !== 'source')
      problems.push({ file, field: 'listing.languages.en', reason: 'English must be "source"' });
    if (record.review.reviewDue <= record.review.lastReviewed)
      problems.push({ file, field: 'review.reviewDue', reason: 'must come after lastReviewed' });

    for (const s of collectStrings(record))
      if (s.includes('TODO')) problems.push({ file, field: '', reason: `still to write: "${s}"` });

    const guide: LoadedGuide = { id, record, text: {}, drafts: [] };
    guides.push(guide);
    const englishFile = `locales/en/guides/${id}.json`;
    const english = existsSync(join(root, englishFile))
      ? readJson(root, englishFile, problems)
      : undefined;

    for (const lang of SUPPORTED_LANGUAGES) {
      const textFile = `locales/${lang}/guides/${id}.json`;
      const offered = record.listing.languages[lang] !== undefined;
      if (!existsSync(join(root, textFile))) {
        if (offered) problems.push({ file: textFile, field: '', reason: 'is missing' });
        continue;
      }
      // A translation without a status is a draft in progress: not offered, not checked yet.
      if (!offered) {
        guide.drafts.push(lang);
        continue;
      }
      const data = lang === 'en' ? english : readJson(root, textFile, problems);
      guide.text[lang] = data;
      const text = check(guideTextSchema, data, textFile, problems);
      if (lang !== 'en' && english !== undefined) {
        for (const [field, reason] of shapeProblems(english, data))
          problems.push({ file: textFile, field: field ?? '', reason: reason ?? '' });
      }
      if (!text) continue;
      const riskIds = record.risks.map((r) => r.id).sort();
      if (JSON.stringify(Object.keys(text.risks).sort()) !== JSON.stringify(riskIds))
        problems.push({
          file: textFile,
          field: 'risks',
          reason: `must have exactly the record's risks: ${riskIds.join(', ')}`,
        });
      const codes = record.listing.codes.map((c) => c.code).sort();
      if (JSON.stringify(Object.keys(text.about.codeTitles).sort()) !== JSON.stringify(codes))
        problems.push({
          file: textFile,
          field: 'about.codeTitles',
          reason: `must title exactly the codes ${codes.join(', ')}`,
        });
      const glossary = glossaries.get(lang);
      for (const s of collectStrings(text)) {
        if (s.includes('TODO'))
          problems.push({ file: textFile, field: '', reason: `still to write: "${s}"` });
        for (const [, term] of s.matchAll(GLOSSARY_MARK)) {
          if (glossary && term && !Object.hasOwn(glossary, term))
            problems.push({
              file: textFile,
              field: 'glossary mark',
              reason: `"${term}" is not in locales/${lang}/glossary.json`,
            });
        }
      }
    }
  }
  return { problems, guides };
}
