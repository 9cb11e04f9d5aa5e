// Built by Vite for Node (see prerender.ts): draws any address of the app to HTML with the
// same routes, loaders, strings and content the browser uses.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../app/i18n-instance';
import { routes } from '../app/routes';
import { guideListings, primaryCode } from '../content/guide-listings';
import codeDirectory from '../content/icd10pcs/data/directory.json';
import { BODY_AREAS, CATEGORIES, STAGES, SUPPORTED_LANGUAGES } from '../content/vocabulary';
import type { Language } from '../content/vocabulary';
import { languageAutonym, textDirection } from '../lib/language';
import { SITE_ORIGIN } from '../lib/page-address';

export { SITE_ORIGIN };

/** A page to prerender, and the route module whose code and styles it needs. */
export interface SitePage {
  path: string;
  route: string;
  /** Listed in the sitemap: a page's one canonical address (not secondary codes). */
  listed: boolean;
}

/** Every address the app answers, in every language: the public contract of product.md. */
export function sitePages(): SitePage[] {
  const groups = [
    ...BODY_AREAS.filter((area) => guideListings.some((g) => g.bodyArea === area)).map(
      (value) => `area/${value}`,
    ),
    ...CATEGORIES.filter((category) => guideListings.some((g) => g.category === category)).map(
      (value) => `category/${value}`,
    ),
  ];
  // The code directory down to each body system's operations; deeper pages (tables and the
  // 77,559 codes) are drawn in the browser from the directory page (see nginx/plainly.conf).
  const codePrefixes = [
    '',
    ...Object.keys(codeDirectory.sections),
    ...Object.keys(codeDirectory.bodySystems),
  ];
  return SUPPORTED_LANGUAGES.flatMap((lang) => [
    { path: `/${lang}/`, route: 'home-route', listed: true },
    ...codePrefixes.map((prefix) => ({
      path: `/${lang}/codes/icd10pcs${prefix ? `/${prefix}` : ''}`,
      route: 'code-route',
      listed: true,
    })),
    { path: `/${lang}/search`, route: 'search-route', listed: true },
    ...groups.map((group) => ({
      path: `/${lang}/browse/${group}`,
      route: 'browse-route',
      listed: true,
    })),
    ...guideListings.flatMap((listing) =>
      listing.codes.flatMap(({ code }) => {
        const base = `/${lang}/procedures/${encodeURIComponent(code)}`;
        const listed = code === primaryCode(listing);
        return [
          { path: base, route: 'guide-route', listed },
          { path: `${base}/walkthrough`, route: 'walkthrough-route', listed: false },
          ...STAGES.map((stage) => ({
            path: `${base}/walkthrough/${stage}`,
            route: 'walkthrough-route',
            listed,
          })),
          { path: `${base}/print`, route: 'print-sheet-route', listed },
        ];
      }),
    ),
  ]);
}

/** An address that is not a page: its path has nothing to search for, so the page is plain. */
export const NOT_FOUND_PATH = '/en/procedures';

export type RenderedPage =
  | { redirect: string }
  | { status: number; lang: Language; dir: 'ltr' | 'rtl'; head: string; body: string };

const handler = createStaticHandler(routes);

// React writes the tags it hoists to <head> (title, meta, link) first, ahead of the markup.
const HOISTED_FIRST = /^((?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)*)([\s\S]*)$/;

export async function renderPage(path: string): Promise<RenderedPage> {
  const context = await handler.query(new Request(SITE_ORIGIN + path));
  if (context instanceof Response) {
    return { redirect: context.headers.get('Location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </I18nextProvider>
    </StrictMode>,
  );
  const [, head = '', body = ''] = HOISTED_FIRST.exec(html) ?? [];
  const { lang } = context.loaderData.language as { lang: Language };
  return { status: context.statusCode, lang, dir: textDirection(lang), head, body };
}

/**
 * `/` itself: the app sends visitors on to their language at once; without script, this list
 * lets them choose, each language named in its own words.
 */
export function renderLanguageChoice(): Exclude<RenderedPage, { redirect: string }> {
  const body = renderToString(
    <main id="main" className="site-main">
      <div className="page page--narrow">
        <h1>Plainly</h1>
        <ul className="language-choice">
          {SUPPORTED_LANGUAGES.map((lang) => (
            <li key={lang}>
              <a href={`/${lang}/`} lang={lang} hrefLang={lang} dir={textDirection(lang)}>
                {languageAutonym(lang)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </main>,
  );
  const head = `<title>Plainly</title><link rel="canonical" href="${SITE_ORIGIN}/">`;
  return { status: 200, lang: 'en', dir: 'ltr', head, body };
}
