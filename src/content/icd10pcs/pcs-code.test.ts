import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BodySystemTables, Directory } from './directory-data';
import { explainCode, normalizeCodeInput, siblingCodes } from './pcs-code';

const DATA = 'src/content/icd10pcs/data/';
// The CMS file the data was imported from, as the project keeps it.
const TABLES_FILE = 'src/content/icd10pcs/source/icd10pcs_tables.xml.gz';
const directory = JSON.parse(readFileSync(`${DATA}directory.json`, 'utf8')) as Directory;
const pieces = Object.fromEntries(
  readdirSync(`${DATA}tables`).map((file) => [
    file.replace('.json', ''),
    JSON.parse(readFileSync(`${DATA}tables/${file}`, 'utf8')) as BodySystemTables,
  ]),
);
const explain = (input: string) => explainCode(input, directory, pieces[input.slice(0, 2)]);

/**
 * Every code the tables file allows, with its seven labels, read from the file with the
 * browser's XML parser: independent of the importer's own reader.
 */
function readCodesInTablesFile(): Map<string, string[]> {
  const xml = new DOMParser().parseFromString(
    gunzipSync(readFileSync(TABLES_FILE)).toString('utf8'),
    'application/xml',
  );
  const codes = new Map<string, string[]>();
  const axisValues = (axis: Element) =>
    [...axis.querySelectorAll(':scope > label')].map((label) => ({
      char: label.getAttribute('code')!,
      text: label.textContent!.replace(/\s+/g, ' ').trim(),
    }));
  for (const table of xml.querySelectorAll('pcsTable')) {
    const head = [...table.querySelectorAll(':scope > axis')].flatMap((axis) => axisValues(axis));
    for (const row of table.querySelectorAll(':scope > pcsRow')) {
      let partial = [{ code: head.map((h) => h.char).join(''), labels: head.map((h) => h.text) }];
      for (const axis of row.querySelectorAll(':scope > axis')) {
        const values = axisValues(axis);
        partial = partial.flatMap(({ code, labels }) =>
          values.map((v) => ({ code: code + v.char, labels: [...labels, v.text] })),
        );
      }
      for (const { code, labels } of partial) codes.set(code, labels);
    }
  }
  return codes;
}

let codesRead: Map<string, string[]> | undefined;
const codesInTablesFile = () => (codesRead ??= readCodesInTablesFile());

describe('the imported ICD-10-PCS data', () => {
  it('decodes every code in the tables file to the labels the file gives it', () => {
    const expected = codesInTablesFile();
    expect(expected.size).toBe(77_559);
    expect(directory.codeCount).toBe(77_559);
    const wrong: string[] = [];
    for (const [code, labels] of expected) {
      const explanation = explain(code);
      const decoded = explanation.kind === 'code' ? explanation.parts.map((p) => p.label) : [];
      if (decoded.join('|') !== labels.join('|')) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('accepts no code the tables file does not list', () => {
    const expected = codesInTablesFile();
    // Each valid code with its last character changed to every other character.
    const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    let checked = 0;
    for (const code of [...expected.keys()].filter((_, i) => i % 40 === 0))
      for (const char of alphabet) {
        const other = code.slice(0, 6) + char;
        if (expected.has(other)) continue;
        checked++;
        expect(explain(other).kind).toBe('not-allowed');
      }
    expect(checked).toBeGreaterThan(20_000);
  }, 120_000);
});

describe('explaining what someone typed', () => {
  it('reads a code typed from a bill, in any case and with separators', () => {
    expect(normalizeCodeInput(' 0jb7-0z.x ')).toBe('0JB70ZX');
  });

  it('explains the deep back biopsy code in seven parts', () => {
    const explanation = explain('0JB70ZX');
    expect(explanation.kind).toBe('code');
    if (explanation.kind !== 'code') return;
    expect(explanation.parts.map((p) => `${p.char} ${p.title}: ${p.label}`)).toEqual([
      '0 Section: Medical and Surgical',
      'J Body System: Subcutaneous Tissue and Fascia',
      'B Operation: Excision',
      '7 Body Part: Subcutaneous Tissue and Fascia, Back',
      '0 Approach: Open',
      'Z Device: No Device',
      'X Qualifier: Diagnostic',
    ]);
    const approaches = siblingCodes('0JB70ZX', explanation.row)[1];
    expect(approaches?.codes).toEqual([{ code: '0JB73ZX', label: 'Percutaneous' }]);
  });

  it('lists what can follow a valid start, with how many codes each leads to', () => {
    const explanation = explain('0JB70Z');
    expect(explanation.kind).toBe('start');
    if (explanation.kind !== 'start') return;
    expect(explanation.next.pos).toBe(7);
    expect(explanation.next.choices).toEqual([
      { char: 'X', label: 'Diagnostic', codes: 1 },
      { char: 'Z', label: 'No Qualifier', codes: 1 },
    ]);
    const sections = explain('');
    expect(
      sections.kind === 'start' && sections.next.choices.reduce((n, c) => n + c.codes, 0),
    ).toBe(77_559);
  });

  it('says which character is not allowed where', () => {
    const wrongSection = explain('IJB70ZX');
    expect(wrongSection).toMatchObject({ kind: 'not-allowed', pos: 1, char: 'I' });
    const wrongApproach = explain('0JB79ZX');
    expect(wrongApproach).toMatchObject({ kind: 'not-allowed', pos: 5, char: '9' });
    if (wrongApproach.kind === 'not-allowed')
      expect(wrongApproach.next.choices.map((c) => c.char)).toEqual(['0', '3']);
    expect(explain('0JB70ZXX')).toMatchObject({ kind: 'too-long', code: '0JB70ZX' });
  });
});
