/**
 * Loads the ICD-10-PCS data in pieces, each its own chunk in `assets/data/`: the directory,
 * one body system's tables, the search list, and per language the glosses and labels. Nothing
 * here is in the start-up script; a code page loads only what it shows.
 */
import type { Language } from '../vocabulary';
import type { BodySystemTables, Directory, SearchData } from './directory-data';

export interface Gloss {
  name: string;
  gloss: string;
}

/** The project's plain-language words for the code set, in one language. */
export interface PcsGlosses {
  sections: Record<string, Gloss>;
  bodySystems: Record<string, Gloss>;
  operations: Record<string, Gloss>;
  approaches: Record<string, Gloss>;
  axes: Record<string, string>;
}

/** The code set's labels in one language: English label → translation (none for English). */
export type PcsLabels = Record<string, string>;

const tableFiles = import.meta.glob<BodySystemTables>('./data/tables/*.json', {
  import: 'default',
});
const glossFiles = import.meta.glob<PcsGlosses>('/locales/*/icd10pcs/glosses.json', {
  import: 'default',
});
const labelFiles = import.meta.glob<PcsLabels>('/locales/*/icd10pcs/labels.json', {
  import: 'default',
});

export const loadDirectory = (): Promise<Directory> =>
  import('./data/directory.json').then((m) => m.default as Directory);

export const loadSearchData = (): Promise<SearchData> =>
  import('./data/search.json').then((m) => m.default as SearchData);

/** The tables of one body system (the code's first two characters), if it exists. */
export async function loadBodySystemTables(key: string): Promise<BodySystemTables | undefined> {
  return tableFiles[`./data/tables/${key}.json`]?.();
}

export interface PcsWords {
  glosses: PcsGlosses;
  labels: PcsLabels;
}

export async function loadPcsWords(lang: Language): Promise<PcsWords> {
  const glossFile = glossFiles[`/locales/${lang}/icd10pcs/glosses.json`];
  const labelFile = labelFiles[`/locales/${lang}/icd10pcs/labels.json`];
  if (!glossFile) throw new Error(`No ICD-10-PCS glosses in ${lang}`);
  const [glosses, labels] = await Promise.all([glossFile(), labelFile?.() ?? {}]);
  return { glosses, labels };
}
