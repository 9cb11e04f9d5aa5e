import type { i18n as I18n } from 'i18next';
import { findGuideByCode } from './guide-listings';
import {
  glossarySchema,
  guideTextSchema,
  type Glossary,
  type GuideListing,
  type GuideRecord,
  type GuideText,
  type Language,
} from './schema';

const recordFiles = import.meta.glob<GuideRecord>('./guides/*.json', { import: 'default' });

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
  const [record] = await Promise.all([loadRecord(), i18n.loadNamespaces([namespace, 'glossary'])]);
  const textLanguage: Language = record.review.languages[lang] ? lang : 'en';
  // Content is validated at build time; parsing again here turns a stale or partial bundle
  // into a clear error instead of a half-drawn page.
  const text = guideTextSchema.parse(i18n.getResourceBundle(textLanguage, namespace));
  const glossary = glossarySchema.parse(
    i18n.getResourceBundle(textLanguage, 'glossary') ?? i18n.getResourceBundle('en', 'glossary'),
  );
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
