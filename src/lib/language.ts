import { SUPPORTED_LANGUAGES, type Language } from '../content/vocabulary';

const STORAGE_KEY = 'plainly.language';
const RIGHT_TO_LEFT = new Set<string>(['ar']);

/** The supported language for a BCP 47 tag: exact (any case), else its base (`es-MX` → `es`). */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag || tag.length > 35) return undefined;
  const lower = tag.toLowerCase();
  const exact = SUPPORTED_LANGUAGES.find((lang) => lang.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.find((lang) => lang.toLowerCase() === base);
}

export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

/** The saved choice, else the best of the browser's languages, else English. */
export function preferredLanguage(): Language {
  let saved: string | null = null;
  try {
    saved = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private modes, policies); the browser's languages still help.
  }
  const candidates = [saved, ...(navigator.languages ?? []), navigator.language];
  for (const tag of candidates) {
    const lang = matchLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function rememberLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not saving a preference is harmless.
  }
}

/** The language's own name for itself ("Español"), from the browser's CLDR data. */
export function languageAutonym(lang: Language): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** `path` with its first segment (the language) replaced by `lang`. */
export function withLanguage(path: string, lang: Language): string {
  const rest = path.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}`;
}
