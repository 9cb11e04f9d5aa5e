import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../vocabulary';
import type { BodySystemTables, Directory } from './directory-data';
import type { PcsGlosses, PcsLabels } from './load-directory';

const DATA = 'src/content/icd10pcs/data/';
const directory = JSON.parse(readFileSync(`${DATA}directory.json`, 'utf8')) as Directory;
const readLocale = <T>(lang: string, file: string) =>
  JSON.parse(readFileSync(`locales/${lang}/icd10pcs/${file}.json`, 'utf8')) as T;

/** Every label and axis title positions 4 to 7 use, from the imported tables. */
const labels = new Set<string>();
const titles = new Set<string>(['Section']);
for (const file of readdirSync(`${DATA}tables`)) {
  const tables = JSON.parse(readFileSync(`${DATA}tables/${file}`, 'utf8')) as BodySystemTables;
  for (const rows of Object.values(tables))
    for (const row of rows)
      for (const [title, values] of row) {
        titles.add(title);
        for (const [, label] of values) labels.add(label);
      }
}
for (const part of [
  ...Object.values(directory.bodySystems),
  ...Object.values(directory.operations),
])
  titles.add(part.title);

const keysOf = (record: object) => Object.keys(record).sort();

describe('the code set in every language', () => {
  const english = readLocale<PcsGlosses>('en', 'glosses');

  it('has a plain name and gloss in English for every section, body system, operation and approach', () => {
    expect(keysOf(english.sections)).toEqual(keysOf(directory.sections));
    expect(keysOf(english.bodySystems)).toEqual(keysOf(directory.bodySystems));
    expect(keysOf(english.operations)).toEqual(keysOf(directory.operations));
    expect(keysOf(english.approaches)).toEqual(['0', '3', '4', '7', '8', 'F', 'X']);
    expect(keysOf(english.axes)).toEqual([...titles].sort());
  });

  it.each(SUPPORTED_LANGUAGES.filter((lang) => lang !== 'en'))(
    '%s has every gloss and every label, none blank',
    (lang) => {
      const glosses = readLocale<PcsGlosses>(lang, 'glosses');
      for (const group of ['sections', 'bodySystems', 'operations', 'approaches'] as const) {
        expect(keysOf(glosses[group]), group).toEqual(keysOf(english[group]));
        for (const [key, { name, gloss }] of Object.entries(glosses[group]))
          expect(name.trim() && gloss.trim(), `${group}.${key}`).toBeTruthy();
      }
      expect(keysOf(glosses.axes)).toEqual(keysOf(english.axes));
      const translated = readLocale<PcsLabels>(lang, 'labels');
      expect(keysOf(translated)).toEqual([...labels].sort());
      expect(Object.entries(translated).filter(([, text]) => !text.trim())).toEqual([]);
    },
  );
});
