import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from './not-found-page';
import { SiteFrame, usePageLanguage } from './site-layout';
import { isMissingScript, reloadForNewBuild } from './stale-build';

/** Any failure while loading or drawing a page: a helpful page, never a blank screen. */
export function RouteErrorContent() {
  const error = useRouteError();
  const lang = usePageLanguage();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  // A file from an older build is gone: reload once to get the new one; if that does not
  // help, the retry page below stays.
  useEffect(() => {
    if (isMissingScript(error)) reloadForNewBuild();
  }, [error]);
  const page = notFound ? (
    <NotFoundPage lang={lang} />
  ) : (
    <div className="page page--narrow">
      <title>{`${t('error.title')} · ${t('site.name')}`}</title>
      <h1 tabIndex={-1}>{t('error.heading')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.retry')}
      </button>
    </div>
  );
  return page;
}

/** For failures above the site layout (such as an unknown language): adds the site frame. */
export function RouteErrorPage() {
  return (
    <SiteFrame lang={usePageLanguage()}>
      <RouteErrorContent />
    </SiteFrame>
  );
}
