import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../components/search-box';
import { SearchResults } from '../features/search/search-results';
import type { Language } from '../content/schema';
import { PageHead } from '../components/page-head';

const STRUCTURAL_SEGMENTS = new Set([
  'procedures',
  'walkthrough',
  'print',
  'search',
  'codes',
  'browse',
  'area',
  'category',
]);

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The most telling part of a broken address (usually a code), to start a search with. */
export function queryFromPath(pathname: string): string {
  const segments = pathname
    .split('/')
    .slice(2)
    .filter((s) => s && !STRUCTURAL_SEGMENTS.has(s.toLowerCase()));
  const pick =
    segments.length > 1 && /^[a-z]+$/i.test(segments.at(-1) ?? '') ? segments[0] : segments.at(-1);
  return safeDecode(pick ?? '').slice(0, 100);
}

export function NotFoundPage({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const query = queryFromPath(pathname);
  return (
    <div className="page page--narrow">
      <PageHead
        title={`${t('notFound.title')} · ${t('site.name')}`}
        description={t('notFound.body')}
      />
      <h1 tabIndex={-1}>{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <SearchBox lang={lang} initialQuery={query} />
      {query && <SearchResults lang={lang} query={query} headingLevel={2} />}
    </div>
  );
}
