import { SUPPORTED_LANGUAGES, type Language } from '../content/vocabulary';

const STORAGE_KEY = 'plainly.language';
const RIGHT_TO_LEFT = new Set<string>(['ar']);

// Tags whose language we support under another name. Traditional Chinese (zh-Hant, zh-TW,
// zh-HK) is a different script, so it is not sent to Simplified Chinese.
const ALIASES: Record<string, Language> = {
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  fil: 'tl',
};
const NOT_SIMPLIFIED_CHINESE = /^zh[-_](hant|tw|hk|mo)\b/;

/**
 * The supported language for a BCP 47 tag: exact (any case), else a known alias, else its
 * base language (`es-MX` → `es`, `zh-Hans-CN` → `zh-Hans`, `fil-PH` → `tl`).
 */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag || tag.length > 35) return undefined;
  const lower = tag.toLowerCase().replace(/_/g, '-');
  const exact = SUPPORTED_LANGUAGES.find((lang) => lang.toLowerCase() === lower);
  if (exact) return exact;
  if (NOT_SIMPLIFIED_CHINESE.test(lower)) return undefined;
  if (lower.startsWith('zh-hans')) return 'zh-Hans';
  if (Object.hasOwn(ALIASES, lower)) return ALIASES[lower];
  const base = lower.split('-')[0] ?? '';
  if (Object.hasOwn(ALIASES, base)) return ALIASES[base];
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

// Fixed rather than from Intl.DisplayNames: browsers' and Node's language data differ by
// version, and prerendered pages must match what the browser draws.
const AUTONYMS: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '简体中文',
  vi: 'Tiếng Việt',
  ko: '한국어',
  tl: 'Filipino',
  ar: 'العربية',
};

/** The language's own name for itself ("Español"). */
export function languageAutonym(lang: Language): string {
  return AUTONYMS[lang];
}

/** `path` with its first segment (the language) replaced by `lang`. */
export function withLanguage(path: string, lang: Language): string {
  const rest = path.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}`;
}
