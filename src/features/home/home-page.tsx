import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BodyArea, Category, Language } from '../../content/vocabulary';
import { SearchBox } from '../../components/search-box';
import { GuideLinkList, sortByTitle, type GuideLink } from '../../components/guide-link-list';
import './home-page.css';

export interface BrowseGroup<T> {
  value: T;
  count: number;
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
      <title>{`${t('site.name')} · ${t('home.title')}`}</title>
      <h1 tabIndex={-1}>{t('home.heading')}</h1>
      <p className="home__intro">{t('home.intro')}</p>
      <SearchBox lang={lang} />

      <div className="home__browse">
        <nav aria-labelledby="by-area-heading">
          <h2 id="by-area-heading">{t('home.byArea')}</h2>
          <ul className="home__groups">
            {areas.map(({ value, count }) => (
              <li key={value}>
                <Link to={`/${lang}/browse/area/${value}`}>{t(`bodyArea.${value}`)}</Link>{' '}
                <span className="home__count">{t('home.guideCount', { count })}</span>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="by-category-heading">
          <h2 id="by-category-heading">{t('home.byCategory')}</h2>
          <ul className="home__groups">
            {categories.map(({ value, count }) => (
              <li key={value}>
                <Link to={`/${lang}/browse/category/${value}`}>{t(`category.${value}`)}</Link>{' '}
                <span className="home__count">{t('home.guideCount', { count })}</span>
              </li>
            ))}
          </ul>
        </nav>
      </div>

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
