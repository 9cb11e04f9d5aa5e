import { useLocation, useMatches } from 'react-router';
import { SUPPORTED_LANGUAGES, type Language } from '../content/vocabulary';
import { withLanguage } from '../lib/language';
import { SITE_ORIGIN } from '../lib/page-address';

/** Pages whose content exists in only some languages say which, through their loader data. */
export function useOfferedLanguages(): readonly Language[] {
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const offered = (match.data as { offeredLanguages?: Language[] } | undefined)?.offeredLanguages;
    if (offered) return offered;
  }
  return SUPPORTED_LANGUAGES;
}

/**
 * The page's canonical address on the published site and its other language versions
 * (`hreflang`), hoisted into <head> by React. Query and fragment are left out: they hold
 * searches and clinic notes.
 */
export function LanguageLinks({ lang }: { lang: Language }) {
  const { pathname } = useLocation();
  const offered = useOfferedLanguages();
  const canonical = SITE_ORIGIN + withLanguage(pathname, lang);
  return (
    <>
      <link rel="canonical" href={canonical} />
      <meta property="og:url" content={canonical} />
      {offered.map((other) => (
        <link
          key={other}
          rel="alternate"
          hrefLang={other}
          href={SITE_ORIGIN + withLanguage(pathname, other)}
        />
      ))}
      <link
        rel="alternate"
        hrefLang="x-default"
        href={SITE_ORIGIN + withLanguage(pathname, 'en')}
      />
    </>
  );
}
