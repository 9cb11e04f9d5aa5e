import type { GuideListing } from './schema';

// Only the `listing` part of each record is bundled here: the code look-up and browse lists
// need nothing else, so this chunk stays small as the library grows.
const listingModules = import.meta.glob<GuideListing>('./guides/*.json', {
  eager: true,
  import: 'listing',
});

export const guideListings: readonly GuideListing[] = Object.values(listingModules);

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The guide that covers `code` (in any code system), and whether it is the guide's main code. */
export function findGuideByCode(
  code: string,
): { listing: GuideListing; primary: boolean } | undefined {
  const wanted = normaliseCode(code);
  for (const listing of guideListings) {
    const index = listing.codes.findIndex((c) => c.code === wanted);
    if (index >= 0) return { listing, primary: index === 0 };
  }
  return undefined;
}

export function primaryCode(listing: GuideListing): string {
  // The schema guarantees at least one code.
  return listing.codes[0]!.code;
}
