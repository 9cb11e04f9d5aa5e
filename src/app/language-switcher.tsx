import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../content/vocabulary';
import { useOfferedLanguages } from './language-links';
import { languageAutonym, withLanguage } from '../lib/language';

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
