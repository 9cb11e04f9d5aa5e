import { useEffect, useRef, type ReactNode } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation, useRouteLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../content/schema';
import { LanguageSwitcher } from './language-switcher';
import { TextSizeControl } from './text-size-control';
import { LanguageLinks } from './language-links';
import { preferredLanguage, rememberLanguage, textDirection } from '../lib/language';
import './global.css';

/** The language of the page being shown: the address's, else the visitor's preference. */
export function usePageLanguage(): Language {
  const data = useRouteLoaderData('language') as { lang: Language } | undefined;
  return data?.lang ?? preferredLanguage();
}

/** Moves focus to the new page's main heading after a navigation, as screen readers expect. */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      // The fragment carries clinic notes on some pages, so the skip link must not replace it.
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('site.skipToContent')}
    </a>
  );
}

export function SiteFrame({ lang, children }: { lang: Language; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = textDirection(lang);
    // Says that the app has taken over the prerendered page: its buttons and keys now work.
    document.documentElement.dataset.app = 'ready';
  }, [i18n, lang]);
  useFocusHeadingOnNavigate();

  return (
    <>
      <LanguageLinks lang={lang} />
      <SkipLink />
      <header className="site-header no-print">
        <div className="site-header__inner">
          <Link to={`/${lang}/`} className="site-header__brand">
            <span aria-hidden="true" className="site-header__logo">
              P
            </span>
            <span>{t('site.name')}</span>{' '}
            <span className="visually-hidden">{t('site.homeLinkSuffix')}</span>
          </Link>
          <div className="site-header__tools">
            <TextSizeControl />
            <LanguageSwitcher current={lang} onChoose={rememberLanguage} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer no-print">
        <p>{t('site.medicalNotice')}</p>
        <p>{t('site.cptNotice')}</p>
        <p>{t('site.privacyNotice')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

export function SiteLayout() {
  const lang = usePageLanguage();
  return (
    <SiteFrame lang={lang}>
      <Outlet />
    </SiteFrame>
  );
}
