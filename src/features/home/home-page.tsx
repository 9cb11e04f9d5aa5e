import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/schema';
import { SearchBox } from '../../components/search-box';
import './home-page.css';

export interface GuideLink {
  code: string;
  title: string;
}

/** `/{lang}/`: the search box first, then every guide from A to Z. */
export function HomePage({ lang, guides }: { lang: Language; guides: readonly GuideLink[] }) {
  const { t } = useTranslation();
  const collator = new Intl.Collator(lang);
  const sorted = [...guides].sort((a, b) => collator.compare(a.title, b.title));
  return (
    <div className="page page--narrow home">
      <title>{`${t('site.name')} · ${t('home.title')}`}</title>
      <h1 tabIndex={-1}>{t('home.heading')}</h1>
      <p className="home__intro">{t('home.intro')}</p>
      <SearchBox lang={lang} />
      <section aria-labelledby="all-guides-heading">
        <h2 id="all-guides-heading">{t('home.allGuides')}</h2>
        <p>{t('home.guideCount', { count: sorted.length })}</p>
        <ul className="home__guides">
          {sorted.map((guide) => (
            <li key={guide.code}>
              <Link to={`/${lang}/procedures/${guide.code}`}>{guide.title}</Link>{' '}
              <span className="code" dir="ltr">
                {guide.code}
              </span>
            </li>
          ))}
        </ul>
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
