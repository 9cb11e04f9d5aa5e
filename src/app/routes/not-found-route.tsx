import { NotFoundPage } from '../not-found-page';
import { usePageLanguage } from '../site-layout';

export function NotFoundRoute() {
  return <NotFoundPage lang={usePageLanguage()} />;
}
