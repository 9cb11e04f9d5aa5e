import type { i18n as I18n } from 'i18next';
import { findGuideByCode } from './guide-listings';
import type { Language } from './vocabulary';
import type { Glossary, GuideListing, GuideRecord, GuideText } from './schema';

// Read as text so that these full records stay separate modules from the `listing` parts
// bundled in guide-listings: otherwise the bundler merges both into one growing chunk.
const recordFiles = import.meta.glob<string>('./guides/*.json', {
  query: '?raw',
  import: 'default',
});

export function guideNamespace(id: string): string {
  return `guides/${id}`;
}

export interface LoadedGuide {
  listing: GuideListing;
  record: GuideRecord;
  /** The code in the address, as the guide lists it. */
  code: string;
  /** True when the address used a secondary code of this guide. */
  viaSecondaryCode: boolean;
  /** The language the text is shown in: the page's, or English while a translation is missing. */
  textLanguage: Language;
  text: GuideText;
  glossary: Glossary;
}

/** Loads a guide's record and its words in `lang` through i18next, or returns undefined. */
export async function loadGuide(
  i18n: I18n,
  lang: Language,
  code: string,
): Promise<LoadedGuide | undefined> {
  const found = findGuideByCode(code);
  if (!found) return undefined;
  const { listing } = found;
  const loadRecord = recordFiles[`./guides/${listing.id}.json`];
  if (!loadRecord) return undefined;
  const namespace = guideNamespace(listing.id);
  const record = JSON.parse(await loadRecord()) as GuideRecord;
  const textLanguage: Language = record.listing.languages[lang] ? lang : 'en';
  // The text may be wanted in a language other than the page's (the second language of a
  // bilingual sheet), so its bundles are loaded for that language explicitly.
  const missing = ['ui', 'glossary', namespace].filter(
    (ns) => !i18n.hasResourceBundle(textLanguage, ns),
  );
  if (missing.length > 0) await i18n.reloadResources([textLanguage], missing);
  // Every content file is validated against the schema at build time (and by the tests), so
  // the validator itself is not shipped to readers.
  const text = i18n.getResourceBundle(textLanguage, namespace) as GuideText | undefined;
  if (!text) throw new Error(`The text of ${listing.id} did not load in ${textLanguage}`);
  const glossary = (i18n.getResourceBundle(textLanguage, 'glossary') ?? {}) as Glossary;
  const matched = listing.codes.find((c) => c.code === code.trim().toUpperCase())!;
  return {
    listing,
    record,
    code: matched.code,
    viaSecondaryCode: !found.primary,
    textLanguage,
    text,
    glossary,
  };
}
