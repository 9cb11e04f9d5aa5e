import MiniSearch, { type SearchResult } from 'minisearch';
import { guideListings, primaryCode } from '../../content/guide-listings';
import { loadGuideTitles } from '../../content/guide-titles';
import type { Language } from '../../content/schema';

export const MAX_RESULTS = 20;
const MAX_QUERY_LENGTH = 200;

// Words too common to tell guides apart; without them "biopsy of the back" ranks on meaning.
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'in',
  'on',
  'for',
  'to',
  'my',
  'with',
  'or',
  'is',
  'de',
  'del',
  'la',
  'el',
  'los',
  'las',
  'en',
  'un',
  'una',
  'y',
  'o',
  'mi',
  'con',
  'por',
  'para',
]);

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Words of a text; runs of Chinese or Korean characters, written without spaces between
 * words, become overlapping pairs of characters, so "结肠镜检查" is found by "肠镜".
 */
export function tokenize(text: string): string[] {
  const words = text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  return words.flatMap((word) => {
    if (!CJK.test(word) || word.length < 2) return [word];
    const chars = [...word];
    return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
  });
}

/**
 * Lower case, without accents or Arabic vowel marks ("músculo" and "musculo" meet, "đau" and
 * "dau"), Arabic letter variants folded, and without a plural "s" ("gallstones" finds
 * "gallstone"): applied alike to the index and to queries.
 */
export function normaliseTerm(term: string): string | null {
  const plain = term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ـ/g, '');
  // A lone Latin letter or digit tells guides apart no better than a stop word.
  if (!plain || STOP_WORDS.has(plain) || /^[a-z0-9]$/.test(plain)) return null;
  return plain.length > 4 && /[a-z][^s]s$/.test(plain) ? plain.slice(0, -1) : plain;
}

interface SearchDocument {
  id: string;
  code: string;
  codes: string;
  title: string;
  titleLang: Language;
  otherNames: string;
  titleEnglish: string;
  otherNamesEnglish: string;
}

export interface GuideHit {
  id: string;
  code: string;
  title: string;
  titleLang: Language;
}

export interface GuideSearch {
  search(query: string): GuideHit[];
}

async function buildSearch(lang: Language): Promise<GuideSearch> {
  const [local, english] = await Promise.all([loadGuideTitles(lang), loadGuideTitles('en')]);
  const documents: SearchDocument[] = guideListings.map((listing) => {
    const own = listing.languages[lang] ? local.get(listing.id) : undefined;
    const en = english.get(listing.id);
    return {
      id: listing.id,
      code: primaryCode(listing),
      codes: listing.codes.map((c) => c.code).join(' '),
      title: own?.title ?? en?.title ?? listing.id,
      titleLang: own ? lang : 'en',
      otherNames: own?.otherNames.join(' · ') ?? '',
      // English words find guides too: staff and families often search in English.
      titleEnglish: lang === 'en' ? '' : (en?.title ?? ''),
      otherNamesEnglish: lang === 'en' ? '' : (en?.otherNames.join(' · ') ?? ''),
    };
  });
  const index = new MiniSearch<SearchDocument>({
    fields: ['codes', 'title', 'otherNames', 'titleEnglish', 'otherNamesEnglish'],
    storeFields: ['code', 'title', 'titleLang'],
    tokenize,
    processTerm: normaliseTerm,
    searchOptions: {
      boost: { codes: 4, title: 2, otherNames: 1.5, titleEnglish: 0.6, otherNamesEnglish: 0.5 },
      // A code is found from its first 3 digits; a lone "1" would match half the library.
      prefix: (term) => !/^[0-9]{1,2}$/.test(term),
      // Typos are forgiven in words, never in codes: 21925 must not find 21952.
      fuzzy: (term) => (/^[0-9]+$/.test(term) || term.length < 4 ? false : 0.25),
      combineWith: 'OR',
    },
  });
  index.addAll(documents);
  return {
    search(query) {
      const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
      if (!trimmed) return [];
      // Guides matching every word come first; guides matching only some words follow, so
      // "gallstones operation" is not drowned by every other operation.
      const all = index.search(trimmed, { combineWith: 'AND' });
      const seen = new Set(all.map((hit) => hit.id));
      for (const hit of index.search(trimmed)) if (!seen.has(hit.id)) all.push(hit);
      return all.slice(0, MAX_RESULTS).map((hit: SearchResult) => ({
        id: String(hit.id),
        code: String(hit.code),
        title: String(hit.title),
        titleLang: hit.titleLang as Language,
      }));
    },
  };
}

const searches = new Map<Language, Promise<GuideSearch>>();

/** The search over every guide for one language, built once on first use. */
export function loadGuideSearch(lang: Language): Promise<GuideSearch> {
  let search = searches.get(lang);
  if (!search) {
    search = buildSearch(lang);
    searches.set(lang, search);
  }
  return search;
}
