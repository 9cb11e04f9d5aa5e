import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import type { Language } from '../content/vocabulary';
import { i18n } from './i18n-instance';
import { matchLanguage, preferredLanguage, withLanguage } from '../lib/language';

/** Raised as a 404 so the nearest error page shows "not found" in the visitor's language. */
export function notFound(): never {
  throw data('Not found', { status: 404 });
}

/**
 * The language of the address, with i18next switched to it. A regional or differently cased
 * tag (`es-MX`, `EN`) is sent to its supported form; anything else is "not found".
 */
export async function ensureLanguage({ params, request }: LoaderFunctionArgs): Promise<Language> {
  const lang = matchLanguage(params.lang);
  if (!lang) {
    // The not-found page speaks the visitor's language, not a raw key.
    await i18n.changeLanguage(preferredLanguage());
    notFound();
  }
  if (lang !== params.lang) {
    const url = new URL(request.url);
    throw redirect(withLanguage(url.pathname, lang) + url.search + url.hash);
  }
  // i18next starts in English on its own, before its strings have arrived: wait for them, or
  // the first render (the one that takes over prerendered HTML) would show bare keys.
  if (i18n.language !== lang || !i18n.hasLoadedNamespace('ui')) await i18n.changeLanguage(lang);
  return lang;
}

export async function languageLoader(args: LoaderFunctionArgs) {
  return { lang: await ensureLanguage(args) };
}
