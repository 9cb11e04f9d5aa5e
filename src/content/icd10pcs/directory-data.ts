/**
 * The shape of the ICD-10-PCS data that `import-tables.ts` writes to `data/` and the app loads
 * in pieces: the directory (sections, body systems, operations, table sizes) for browsing, one
 * file per body system with its tables' rows for code pages, and a word list for search.
 */

/** One axis of a row: its title in the tables file and its allowed [character, label] pairs. */
export type RowAxis = [title: string, values: [char: string, label: string][]];

/** A row fixes positions 4 to 7: every combination of one value per axis is a valid code. */
export type TableRow = [RowAxis, RowAxis, RowAxis, RowAxis];

export interface NamedPart {
  /** The official English name in the tables file. */
  name: string;
  /** The axis title the tables file gives this position ("Body System", "Body Region", ...). */
  title: string;
}

export interface Directory {
  version: string;
  codeCount: number;
  sections: Record<string, string>;
  /** Keyed by the first two characters. */
  bodySystems: Record<string, NamedPart>;
  /** Keyed by section character + operation character: its meaning is the same in the section. */
  operations: Record<string, NamedPart & { definition?: string }>;
  /** Body system (two characters) → operation character → how many codes its table holds. */
  tables: Record<string, Record<string, number>>;
}

/** One body system's tables: operation character → rows. */
export type BodySystemTables = Record<string, TableRow[]>;

/**
 * For word search: the distinct labels, and for each table (three characters) the values of
 * position 4 as `char` + label index, joined by commas.
 */
export interface SearchData {
  labels: string[];
  groups: Record<string, string>;
}
