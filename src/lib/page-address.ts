import { useSyncExternalStore } from 'react';

/**
 * Where the site is published. Canonical and `hreflang` links, Open Graph tags and the sitemap
 * name it, so prerendered pages and the running app agree. Set `VITE_SITE_ORIGIN` when building
 * for a deployment; `.example` is reserved, so the default can never point at someone's site.
 */
export const SITE_ORIGIN = (
  (import.meta.env.VITE_SITE_ORIGIN as string | undefined) ?? 'https://plainly.example'
).replace(/\/+$/, '');

const neverChanges = () => () => {};

/**
 * The origin the page is open at, for links people copy or print (a staging copy shares its
 * own pages). While prerendering and hydrating it is the published origin, so the HTML and the
 * first render match; the real one follows straight after.
 */
export function useOpenOrigin(): string {
  return useSyncExternalStore(
    neverChanges,
    () => window.location.origin,
    () => SITE_ORIGIN,
  );
}

/** Today (YYYY-MM-DD) where the page is read; empty in HTML made at build time. */
export function useToday(): string {
  return useSyncExternalStore(
    neverChanges,
    () => new Date().toISOString().slice(0, 10),
    () => '',
  );
}
