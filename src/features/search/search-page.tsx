import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/schema';
import { SearchBox } from '../../components/search-box';
import { SearchResults } from './search-results';
import { CodeResults } from './code-results';
import { PageHead } from '../../components/page-head';

/** `/{lang}/search?q=…`: shareable results that follow the visitor's typing. */
export function SearchPage({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').slice(0, 200);
  return (
    <div className="page page--narrow">
      <PageHead
        title={`${query ? t('search.titleWithQuery', { query }) : t('search.title')} · ${t('site.name')}`}
        description={t('home.intro')}
      />
      <h1 tabIndex={-1}>{t('search.title')}</h1>
      <SearchBox
        lang={lang}
        initialQuery={query}
        onQueryChange={(value) => setParams(value ? { q: value } : {}, { replace: true })}
      />
      {query.trim() ? (
        <>
          <SearchResults lang={lang} query={query} headingLevel={2} />
          <CodeResults lang={lang} query={query} headingLevel={2} />
        </>
      ) : (
        <p>{t('search.emptyQuery')}</p>
      )}
    </div>
  );
}
