import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../content/vocabulary';
import { isPseudoLocaleOn, pseudoLocalize } from './pseudo-locale';

// Interface strings and glossaries: one small file per language, loaded on demand.
const sharedFiles = import.meta.glob<Record<string, unknown>>(
  ['/locales/*/ui.json', '/locales/*/glossary.json'],
  { import: 'default' },
);

async function loadFile(lang: string, namespace: string) {
  if (namespace.startsWith('guides/')) {
    const { loadGuideTextFile } = await import('../content/guide-text-files');
    return loadGuideTextFile(lang, namespace);
  }
  const load = sharedFiles[`/locales/${lang}/${namespace}.json`];
  if (!load) throw new Error(`No ${namespace} strings for ${lang}`);
  return load();
}

async function loadNamespace(lang: string, namespace: string) {
  const data = await loadFile(lang, namespace);
  if (lang === 'en' && isPseudoLocaleOn()) return pseudoLocalize(data);
  return data;
}

/** An i18next instance, not yet started: `i18n.changeLanguage` loads the strings it needs. */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(resourcesToBackend(loadNamespace))
    .use(initReactI18next)
    .init({
      initAsync: false,
      fallbackLng: 'en',
      supportedLngs: [...SUPPORTED_LANGUAGES],
      ns: ['ui'],
      defaultNS: 'ui',
      // React escapes text; i18next must not escape it a second time.
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      // A key missing from every language is a bug: loud in development, English (the
      // fallback) or the key's English text in production, never a blank.
      saveMissing: import.meta.env.DEV,
      missingKeyHandler: (languages, namespace, key) => {
        throw new Error(`Missing translation: ${namespace}:${key} (${languages.join(', ')})`);
      },
      react: { useSuspense: false },
    });
  return instance;
}
