import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BodyArea, Category, Language } from '../../content/vocabulary';
import { SearchBox } from '../../components/search-box';
import { GuideLinkList, sortByTitle, type GuideLink } from '../../components/guide-link-list';
import './home-page.css';
import { PageHead } from '../../components/page-head';

export interface BrowseGroup<T> {
  value: T;
  count: number;
}

function BrowseGroups({
  id,
  heading,
  groups,
}: {
  id: string;
  heading: string;
  groups: readonly { href: string; label: string; count: number }[];
}) {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <ul className="home__groups">
        {groups.map(({ href, label, count }) => (
          <li key={href}>
            <Link to={href}>{label}</Link>{' '}
            <span className="home__count">{t('home.guideCount', { count })}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function initial(title: string, lang: Language): string {
  return title.normalize('NFD').charAt(0).toLocaleUpperCase(lang);
}

/** `/{lang}/`: search first, then browse by body area and by kind of care, then A to Z. */
export function HomePage({
  lang,
  guides,
  areas,
  categories,
}: {
  lang: Language;
  guides: readonly GuideLink[];
  areas: readonly BrowseGroup<BodyArea>[];
  categories: readonly BrowseGroup<Category>[];
}) {
  const { t } = useTranslation();
  const sorted = sortByTitle(lang, guides);
  const letters = [...new Set(sorted.map((g) => initial(g.title, lang)))];
  return (
    <div className="page home">
      <PageHead title={`${t('site.name')} · ${t('home.title')}`} description={t('home.intro')} />
      <h1 tabIndex={-1}>{t('home.heading')}</h1>
      <p className="home__intro">{t('home.intro')}</p>
      <SearchBox lang={lang} />

      <div className="home__browse">
        <BrowseGroups
          id="by-area"
          heading={t('home.byArea')}
          groups={areas.map(({ value, count }) => ({
            href: `/${lang}/browse/area/${value}`,
            label: t(`bodyArea.${value}`),
            count,
          }))}
        />
        <BrowseGroups
          id="by-category"
          heading={t('home.byCategory')}
          groups={categories.map(({ value, count }) => ({
            href: `/${lang}/browse/category/${value}`,
            label: t(`category.${value}`),
            count,
          }))}
        />
      </div>
      <p className="home__codes">
        <Link to={`/${lang}/codes/icd10pcs`}>{t('codes.directoryLink')}</Link>
      </p>

      <section aria-labelledby="all-guides-heading">
        <h2 id="all-guides-heading">{t('home.allGuides')}</h2>
        <p>{t('home.guideCount', { count: sorted.length })}</p>
        <nav aria-label={t('home.lettersLabel')} className="home__letters">
          <ul>
            {letters.map((letter) => (
              <li key={letter}>
                <a href={`#letter-${letter}`}>{letter}</a>
              </li>
            ))}
          </ul>
        </nav>
        {letters.map((letter) => (
          <section key={letter} aria-labelledby={`letter-${letter}`}>
            <h3 id={`letter-${letter}`}>{letter}</h3>
            <GuideLinkList
              lang={lang}
              guides={sorted.filter((g) => initial(g.title, lang) === letter)}
            />
          </section>
        ))}
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home.howHeading')}</h2>
        <ol className="step-list">
          <li>{t('home.how.find')}</li>
          <li>{t('home.how.read')}</li>
          <li>{t('home.how.share')}</li>
        </ol>
      </section>
    </div>
  );
}
