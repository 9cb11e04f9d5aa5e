import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideListings } from '../guide-listings';
import type { BodySystemTables } from './directory-data';
import { GUIDE_MATCHES, guidesForCode } from './guide-matches';

const TABLES = 'src/content/icd10pcs/data/tables/';

/** Every valid code, from the imported tables. */
function* allCodes(): Generator<{ code: string; labels: string[] }> {
  for (const file of readdirSync(TABLES)) {
    const tables = JSON.parse(readFileSync(TABLES + file, 'utf8')) as BodySystemTables;
    for (const [operation, rows] of Object.entries(tables))
      for (const row of rows) {
        let codes = [{ code: file.slice(0, 2) + operation, labels: [] as string[] }];
        for (const [, values] of row)
          codes = codes.flatMap(({ code, labels }) =>
            values.map(([char, label]) => ({ code: code + char, labels: [...labels, label] })),
          );
        yield* codes;
      }
  }
}

describe('guides matched to ICD-10-PCS codes', () => {
  it('names only real guides, and every pattern names real codes', () => {
    const codes = [...allCodes()].map(({ code }) => code);
    for (const { guide, codes: patterns } of GUIDE_MATCHES) {
      expect(guideListings.map((l) => l.id)).toContain(guide);
      for (const pattern of patterns)
        expect(
          codes.some((code) => new RegExp(`^${pattern}$`).test(code)),
          `${guide}: ${pattern}`,
        ).toBe(true);
    }
  });

  it('sends the diagnostic excision of back tissue to the back biopsy guide', () => {
    expect(guidesForCode('0JB70ZX')).toEqual(['back-soft-tissue-biopsy-superficial']);
    expect(guidesForCode('0KBF0ZX')).toEqual(['back-soft-tissue-biopsy-deep']);
    // Not a biopsy: cutting out tissue for treatment.
    expect(guidesForCode('0JB70ZZ')).toEqual([]);
  });
});
