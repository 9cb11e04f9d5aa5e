import type { Language } from './vocabulary';
import { collectStrings, plainText } from './readability';

// Reading speeds kept low, for readers who find reading hard: words per minute where words
// are spaced, characters per minute for Chinese, which has no spaces between words.
const WORDS_PER_MINUTE = 150;
const CHINESE_CHARACTERS_PER_MINUTE = 250;

/** Whole minutes to read a guide's text, at least 1. */
export function readingMinutes(text: unknown, lang: Language): number {
  const all = collectStrings(text).map(plainText).join(' ');
  const amount =
    lang === 'zh-Hans'
      ? all.replace(/\s/g, '').length / CHINESE_CHARACTERS_PER_MINUTE
      : all.split(/\s+/).filter(Boolean).length / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(amount));
}
