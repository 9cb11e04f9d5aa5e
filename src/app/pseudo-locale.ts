// A development aid (Excalidraw's habit): every translated string is shown accented, padded
// and bracketed, so a string that reaches the screen without i18next stands out in plain
// English, and text that overflows when translations run long shows up early.

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

/** Placeholders ({{count}}) and glossary ids ([[term-id|) must survive untouched. */
const PROTECTED = /(\{\{\w+\}\}|\[\[[a-z0-9-]+\|?|\]\])/;

export function pseudoLocalizeText(text: string): string {
  const parts = text
    .split(PROTECTED)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (ch) => ACCENTED[ch] ?? ch)));
  const padding = '·'.repeat(Math.ceil(text.length * 0.35));
  return `⟦${parts.join('')}${padding}⟧`;
}

/** Every string in a loaded namespace, pseudo-localized; keys and structure unchanged. */
export function pseudoLocalize<T>(value: T): T {
  if (typeof value === 'string') return pseudoLocalizeText(value) as T;
  if (Array.isArray(value)) return value.map(pseudoLocalize) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, pseudoLocalize(item)]),
    ) as T;
  return value;
}

/** On in development after visiting any page with `?pseudo=1`; `?pseudo=0` turns it off. */
export function isPseudoLocaleOn(): boolean {
  if (!import.meta.env.DEV) return false;
  const asked = new URLSearchParams(window.location.search).get('pseudo');
  if (asked !== null) window.sessionStorage.setItem('plainly.pseudo', asked);
  return window.sessionStorage.getItem('plainly.pseudo') === '1';
}
