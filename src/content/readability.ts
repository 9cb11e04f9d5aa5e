import { syllable } from 'syllable';
import { GLOSSARY_MARK } from './vocabulary.ts';

/** Guide text as a reader sees it: glossary marks replaced by the words they show. */
export function plainText(marked: string): string {
  return marked.replace(
    GLOSSARY_MARK,
    (_, id: string, shown?: string) => shown ?? id.replace(/-/g, ' '),
  );
}

/** Every string in a JSON value, depth first, in document order. */
export function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
  wordsPerSentence: number;
}

/**
 * Flesch–Kincaid grade level of English text. Each string (a bullet, a step) counts as at least
 * one sentence, as a reader meets it; numerals count as one syllable.
 */
export function fleschKincaid(strings: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const raw of strings) {
    const text = plainText(raw);
    const found = text.split(/[.!?]+(?=\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s));
    sentences += Math.max(1, found.length);
    for (const word of text.match(/[A-Za-z0-9'’-]+/g) ?? []) {
      words += 1;
      syllables += /^[0-9]/.test(word) ? 1 : Math.max(1, syllable(word));
    }
  }
  const wordsPerSentence = words / Math.max(1, sentences);
  const grade = 0.39 * wordsPerSentence + 11.8 * (syllables / Math.max(1, words)) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words, sentences, wordsPerSentence };
}
