import { guideListings, primaryCode } from '../content/guide-listings';
import { loadGuideTitles } from '../content/guide-titles';
import type { Language } from '../content/vocabulary';

/** Every guide's main code, title (in `lang`, else English), body area and category. */
export async function loadGuideCatalog(lang: Language) {
  const [titles, english] = await Promise.all([loadGuideTitles(lang), loadGuideTitles('en')]);
  return guideListings.map((listing) => ({
    code: primaryCode(listing),
    title: (titles.get(listing.id) ?? english.get(listing.id))?.title ?? listing.id,
    bodyArea: listing.bodyArea,
    category: listing.category,
  }));
}

/** Values in their fixed order, each with how many guides have it; empty ones left out. */
export function countBy<T extends string>(values: readonly T[], order: readonly T[]) {
  return order
    .map((value) => ({ value, count: values.filter((v) => v === value).length }))
    .filter((group) => group.count > 0);
}
