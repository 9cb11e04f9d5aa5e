import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/vocabulary';
import type { CodeSearchResult } from '../../content/icd10pcs/code-search';
import { summarizeParts } from '../../content/icd10pcs/describe-code';
import { useSearchResult } from './use-search-result';

type SearchCodes = (query: string) => Promise<CodeSearchResult>;

// One search function per language, kept: building it indexes every code group once.
const searches = new Map<Language, Promise<SearchCodes>>();
function codeSearchFor(lang: Language) {
  let search = searches.get(lang);
  if (!search) {
    search = import('../../content/icd10pcs/code-search').then(({ loadCodeSearch }) =>
      loadCodeSearch(lang),
    );
    searches.set(lang, search);
  }
  return search;
}

const searchCodes = (lang: Language, query: string) =>
  codeSearchFor(lang).then((search) => search(query));

/** Hospital procedure codes (ICD-10-PCS) matching a query, below the guides. */
export function CodeResults({
  lang,
  query,
  headingLevel,
}: {
  lang: Language;
  query: string;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const result = useSearchResult(lang, query, searchCodes);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = (code: string) => `/${lang}/codes/icd10pcs/${code}`;
  return (
    <section className="search-results" aria-labelledby="code-results-heading">
      <Heading id="code-results-heading">{t('codes.searchHeading')}</Heading>
      {result === undefined ? (
        <p role="status">{t('codes.searchLoading')}</p>
      ) : result.kind === 'code' ? (
        <ul className="search-results__list">
          <li>
            <Link to={href(result.hit.code)}>
              <span className="search-results__title">
                {t('codes.searchCode', { code: `\u2066${result.hit.code}\u2069` })}
              </span>
              <span className="search-results__code">
                {result.hit.kind === 'code'
                  ? summarizeParts(result.hit.parts)
                  : result.hit.parts.at(-1)?.meaning}
              </span>
            </Link>
          </li>
        </ul>
      ) : (
        <>
          <p role="status" className="search-results__count">
            {result.total === 0
              ? t('codes.searchNone', { query })
              : t('codes.searchCount', { count: result.total, query })}
            {result.total > result.hits.length &&
              ` ${t('codes.searchShowing', { shown: result.hits.length })}`}
          </p>
          {result.hits.length > 0 && (
            <ul className="search-results__list">
              {result.hits.map((hit) => (
                <li key={hit.code}>
                  <Link to={href(hit.code)}>
                    <span className="search-results__title">
                      {hit.operation}:{' '}
                      {hit.target.lang === lang ? (
                        hit.target.text
                      ) : (
                        <span lang={hit.target.lang}>{hit.target.text}</span>
                      )}
                    </span>
                    <span className="search-results__code">
                      ICD-10-PCS{' '}
                      <span className="code" dir="ltr">
                        {hit.code}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
