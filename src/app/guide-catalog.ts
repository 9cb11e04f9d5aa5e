import { guideListings, primaryCode } from '../content/guide-listings';
import { loadGuideTitles } from '../content/guide-titles';
import type { Language } from '../content/vocabulary';

/**
 * Every guide's main code, title, body area and category. The title is in `lang` where the
 * guide is offered in it, else in English, and says which.
 */
export async function loadGuideCatalog(lang: Language) {
  const [titles, english] = await Promise.all([loadGuideTitles(lang), loadGuideTitles('en')]);
  return guideListings.map((listing) => {
    const own = listing.languages[lang] ? titles.get(listing.id) : undefined;
    return {
      id: listing.id,
      code: primaryCode(listing),
      title: (own ?? english.get(listing.id))?.title ?? listing.id,
      titleLang: own ? lang : ('en' as Language),
      bodyArea: listing.bodyArea,
      category: listing.category,
    };
  });
}

/** Values in their fixed order, each with how many guides have it; empty ones left out. */
export function countBy<T extends string>(values: readonly T[], order: readonly T[]) {
  return order
    .map((value) => ({ value, count: values.filter((v) => v === value).length }))
    .filter((group) => group.count > 0);
}
