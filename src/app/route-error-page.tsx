import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from './not-found-page';
import { SiteFrame, usePageLanguage } from './site-layout';
import { isMissingScript, reloadForNewBuild } from './stale-build';
import { PageHead } from '../components/page-head';

/** Any failure while loading or drawing a page: a helpful page, never a blank screen. */
export function RouteErrorContent() {
  const error = useRouteError();
  const lang = usePageLanguage();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // Offline, a page whose files were never saved on this device cannot load: say so plainly.
  const offline = !notFound && typeof navigator !== 'undefined' && !navigator.onLine;
  if (!notFound && !offline) console.error(error);
  // A file from an older build is gone: reload once to get the new one; if that does not
  // help, the retry page below stays.
  useEffect(() => {
    if (isMissingScript(error) && navigator.onLine) reloadForNewBuild();
  }, [error]);
  if (notFound) return <NotFoundPage lang={lang} />;
  const kind = offline ? 'offline' : 'error';
  return (
    <div className="page page--narrow">
      <PageHead
        title={`${t(`${kind}.title`)} · ${t('site.name')}`}
        description={t(`${kind}.body`)}
      />
      <h1 tabIndex={-1}>{t(`${kind}.heading`)}</h1>
      <p>{t(`${kind}.body`)}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/** For failures above the site layout (such as an unknown language): adds the site frame. */
export function RouteErrorPage() {
  return (
    <SiteFrame lang={usePageLanguage()}>
      <RouteErrorContent />
    </SiteFrame>
  );
}
