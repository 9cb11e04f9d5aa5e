/**
 * Explains what an ICD-10-PCS code, or the start of one, means, from the imported tables:
 * a whole code decodes to its seven characters; a valid start lists what can follow; anything
 * else says which character is wrong. Pure functions, so every code can be checked in a test.
 */
import type { BodySystemTables, Directory, TableRow } from './directory-data';

export const CODE_LENGTH = 7;

/** One character of a code: its position (1 to 7), the axis title and the official label. */
export interface CodePart {
  pos: number;
  char: string;
  title: string;
  label: string;
}

/** A character that may come next, and how many codes begin with it. */
export interface NextChoice {
  char: string;
  label: string;
  codes: number;
}

/** The characters that may come at one position, under that position's axis title. */
export interface NextStep {
  pos: number;
  title: string;
  choices: NextChoice[];
}

export type Explanation =
  | { kind: 'code'; code: string; parts: CodePart[]; row: TableRow }
  | { kind: 'start'; prefix: string; parts: CodePart[]; next: NextStep }
  | { kind: 'too-long'; input: string; code: string }
  | {
      kind: 'not-allowed';
      input: string;
      pos: number;
      char: string;
      parts: CodePart[];
      next: NextStep;
    };

/** What people type from a bill: any case, spaces, dots or dashes between characters. */
export function normalizeCodeInput(input: string): string {
  return input.toUpperCase().replace(/[\s.\-–—]/g, '');
}

const rowCodes = (row: TableRow, from = 0) =>
  row.slice(from).reduce((n, [, values]) => n * values.length, 1);

/** The rows whose positions 4 onwards allow `chars`, the characters typed after position 3. */
function rowsMatching(rows: readonly TableRow[], chars: string): TableRow[] {
  return rows.filter((row) => [...chars].every((char, i) => row[i]?.[1].some(([c]) => c === char)));
}

function choicesAt(rows: readonly TableRow[], index: number): NextChoice[] {
  const choices = new Map<string, NextChoice>();
  for (const row of rows)
    for (const [char, label] of row[index]?.[1] ?? []) {
      const codes = rowCodes(row, index + 1);
      const known = choices.get(char);
      if (known) known.codes += codes;
      else choices.set(char, { char, label, codes });
    }
  return [...choices.values()].sort((a, b) => a.char.localeCompare(b.char));
}

const sum = (counts: Record<string, number> = {}) =>
  Object.values(counts).reduce((a, b) => a + b, 0);

/** What may come at positions 1 to 3, given the characters before. */
function directoryNextStep(directory: Directory, before: string): NextStep {
  const [section = '', system = ''] = before;
  if (before.length === 0)
    return {
      pos: 1,
      title: 'Section',
      choices: Object.entries(directory.sections).map(([char, label]) => ({
        char,
        label,
        codes: Object.entries(directory.tables)
          .filter(([key]) => key.startsWith(char))
          .reduce((n, [, counts]) => n + sum(counts), 0),
      })),
    };
  if (before.length === 1) {
    const systems = Object.entries(directory.bodySystems).filter(([key]) => key[0] === section);
    return {
      pos: 2,
      title: systems[0]?.[1].title ?? '',
      choices: systems.map(([key, { name }]) => ({
        char: key.slice(1),
        label: name,
        codes: sum(directory.tables[key]),
      })),
    };
  }
  const operations = Object.entries(directory.tables[section + system] ?? {})
    .map(([char, codes]) => ({ char, codes, operation: directory.operations[section + char] }))
    .sort((a, b) => a.char.localeCompare(b.char));
  return {
    pos: 3,
    title: operations[0]?.operation?.title ?? '',
    choices: operations.map(({ char, codes, operation }) => ({
      char,
      codes,
      label: operation?.name ?? '',
    })),
  };
}

/**
 * Explains `input` (already normalized). `tables` is the body system's file, needed once the
 * input has three characters; it may be `undefined` for shorter input.
 */
export function explainCode(
  input: string,
  directory: Directory,
  tables: BodySystemTables | undefined,
): Explanation {
  if (input.length > CODE_LENGTH)
    return { kind: 'too-long', input, code: input.slice(0, CODE_LENGTH) };
  const parts: CodePart[] = [];
  let rows: TableRow[] = [];
  for (let index = 0; index < CODE_LENGTH; index++) {
    const pos = index + 1;
    let next: NextStep;
    if (index < 3) next = directoryNextStep(directory, input.slice(0, index));
    else {
      if (index === 3) {
        if (!tables) throw new Error(`The tables for ${input.slice(0, 2)} are needed`);
        rows = tables[input[2] ?? ''] ?? [];
      }
      const matching = rowsMatching(rows, input.slice(3, index));
      next = {
        pos,
        title: matching[0]?.[index - 3]?.[0] ?? '',
        choices: choicesAt(matching, index - 3),
      };
    }
    const char = input[index];
    if (char === undefined) return { kind: 'start', prefix: input, parts, next };
    const choice = next.choices.find((c) => c.char === char);
    if (!choice) return { kind: 'not-allowed', input, pos, char, parts, next };
    parts.push({ pos, char, title: next.title, label: choice.label });
  }
  // Positions 4 to 7 are labelled by the code's own row: a character may be labelled
  // differently in another row of the same table.
  const [row] = rowsMatching(rows, input.slice(3));
  if (!row) throw new Error(`No row holds ${input}`);
  row.forEach(([title, values], index) => {
    const label = values.find(([c]) => c === input[index + 3])?.[1] ?? '';
    parts[index + 3] = { pos: index + 4, char: input[index + 3] ?? '', title, label };
  });
  return { kind: 'code', code: input, parts, row };
}

/** Codes in the same row that differ from `code` in one position (4 to 7), by position. */
export function siblingCodes(code: string, row: TableRow) {
  return row.map(([title, values], index) => ({
    pos: index + 4,
    title,
    codes: values
      .filter(([char]) => char !== code[index + 3])
      .map(([char, label]) => ({
        code: code.slice(0, index + 3) + char + code.slice(index + 4),
        label,
      })),
  }));
}
