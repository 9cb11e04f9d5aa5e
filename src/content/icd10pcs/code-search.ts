/**
 * Search over all ICD-10-PCS codes, loaded only when someone searches. A query that looks like
 * a code (it has a digit) is explained as a code or the start of one; words are matched against
 * every operation's body parts (the code's first four characters), in the reader's language and
 * in the code set's English, since bills and letters print the English.
 */
import type { Language } from '../vocabulary';
import { describePart, translateLabel, type DescribedPart } from './describe-code';
import type { BodySystemTables } from './directory-data';
import {
  loadBodySystemTables,
  loadDirectory,
  loadPcsWords,
  loadSearchData,
} from './load-directory';
import { explainCode, normalizeCodeInput, type Explanation } from './pcs-code';

export const WORD_HIT_LIMIT = 20;

/** A code, or its start, explained: what its characters mean so far. */
export interface CodeHit {
  code: string;
  kind: Explanation['kind'];
  parts: DescribedPart[];
}

/** The first four characters of codes whose words match: an operation on a body part. */
export interface WordHit {
  code: string;
  operation: string;
  target: { text: string; lang: Language };
}

export type CodeSearchResult =
  { kind: 'code'; hit: CodeHit } | { kind: 'words'; total: number; hits: WordHit[] };

/** Lower case, without accents or vowel marks, so that "biopsia" finds "Biopsía". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const looksLikeCode = (query: string) => /^[0-9A-Z]{1,7}$/.test(query) && /\d/.test(query);

export async function loadCodeSearch(lang: Language) {
  const [directory, data, words] = await Promise.all([
    loadDirectory(),
    loadSearchData(),
    loadPcsWords(lang),
  ]);
  const tables = new Map<string, Promise<BodySystemTables | undefined>>();
  const tablesFor = (key: string) => {
    if (!tables.has(key)) tables.set(key, loadBodySystemTables(key));
    return tables.get(key);
  };

  const entries = Object.entries(data.groups).flatMap(([table, list]) => {
    const section = table[0] ?? '';
    const system = directory.bodySystems[table.slice(0, 2)];
    const operation = directory.operations[section + table[2]];
    const ownOperation = words.glosses.operations[section + table[2]];
    const ownSystem = words.glosses.bodySystems[table.slice(0, 2)];
    const plainOperation = ownOperation?.name ?? operation?.name ?? '';
    return list.split(',').map((value) => {
      const label = data.labels[Number(value.slice(1))] ?? '';
      const target = translateLabel(label, lang, words);
      const own = foldForSearch(`${plainOperation} ${ownSystem?.name ?? ''} ${target.text}`);
      const english = foldForSearch(`${operation?.name} ${system?.name} ${label}`);
      return { code: table + value[0], operation: plainOperation, target, own, english };
    });
  });

  const scoreOf = (text: string, term: string) => {
    const at = text.indexOf(term);
    if (at < 0) return 0;
    return at === 0 || /[\s,/(-]/.test(text[at - 1] ?? '') ? 2 : 1;
  };

  return async function searchCodes(query: string): Promise<CodeSearchResult> {
    const code = normalizeCodeInput(query);
    if (looksLikeCode(code)) {
      const explanation = explainCode(
        code,
        directory,
        code.length > 2 ? await tablesFor(code.slice(0, 2)) : undefined,
      );
      const parts = 'parts' in explanation ? explanation.parts : [];
      return {
        kind: 'code',
        hit: {
          code: 'code' in explanation ? explanation.code : code,
          kind: explanation.kind,
          parts: parts.map((part) => describePart(part, code[0] ?? '', lang, words)),
        },
      };
    }
    const terms = foldForSearch(query)
      .split(/[\s,.;:]+/)
      .filter(Boolean);
    if (terms.length === 0) return { kind: 'words', total: 0, hits: [] };
    const scored: { entry: (typeof entries)[number]; score: number }[] = [];
    for (const entry of entries) {
      let score = 0;
      for (const term of terms) {
        const best = Math.max(scoreOf(entry.own, term) * 1.5, scoreOf(entry.english, term));
        if (best === 0) {
          score = 0;
          break;
        }
        score += best;
      }
      if (score > 0) scored.push({ entry, score });
    }
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        a.entry.own.length - b.entry.own.length ||
        a.entry.code.localeCompare(b.entry.code),
    );
    return {
      kind: 'words',
      total: scored.length,
      hits: scored
        .slice(0, WORD_HIT_LIMIT)
        .map(({ entry: { code, operation, target } }) => ({ code, operation, target })),
    };
  };
}
