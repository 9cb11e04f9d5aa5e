import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/schema';
import { useSearchResult } from './use-search-result';
import { GuideCode, GuideTitle } from '../../components/guide-title';
import './search-results.css';

// The index and its library load only when someone searches.
const searchGuides = (lang: Language, query: string) =>
  import('./search-index')
    .then(({ loadGuideSearch }) => loadGuideSearch(lang))
    .then((search) => search.search(query));

/** Matching guides for a query, each a link with its code; the count is announced. */
export function SearchResults({
  lang,
  query,
  headingLevel,
}: {
  lang: Language;
  query: string;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const hits = useSearchResult(lang, query, searchGuides);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="search-results" aria-labelledby="search-results-heading">
      <Heading id="search-results-heading">{t('search.resultsHeading')}</Heading>
      <p role="status" className="search-results__count">
        {hits === undefined
          ? t('search.loading')
          : hits.length === 0
            ? t('search.noResults', { query })
            : t('search.resultsCount', { count: hits.length, query })}
      </p>
      {hits?.length === 0 && <p>{t('search.noResultsHelp')}</p>}
      {hits && hits.length > 0 && (
        <ul className="search-results__list">
          {hits.map((hit) => (
            <li key={hit.id}>
              <Link to={`/${lang}/procedures/${hit.code}`}>
                <span className="search-results__title">
                  <GuideTitle title={hit.title} titleLang={hit.titleLang} lang={lang} />
                </span>
                <span className="search-results__code">
                  <GuideCode code={hit.code} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
