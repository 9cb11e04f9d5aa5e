import { Link, useLocation, useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, type Language } from '../content/vocabulary';
import { languageAutonym, withLanguage } from '../lib/language';

/** Pages whose content exists in only some languages say which, through their loader data. */
function useOfferedLanguages(): readonly Language[] {
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const offered = (match.data as { offeredLanguages?: Language[] } | undefined)?.offeredLanguages;
    if (offered) return offered;
  }
  return SUPPORTED_LANGUAGES;
}

export function LanguageSwitcher({
  current,
  onChoose,
}: {
  current: Language;
  onChoose: (lang: Language) => void;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const offered = useOfferedLanguages();
  return (
    <nav aria-label={t('site.languageNav')} className="language-switcher">
      <ul>
        {offered.map((lang) => (
          <li key={lang}>
            <Link
              to={withLanguage(location.pathname, lang) + location.search + location.hash}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'true' : undefined}
              onClick={() => onChoose(lang)}
            >
              {languageAutonym(lang)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
