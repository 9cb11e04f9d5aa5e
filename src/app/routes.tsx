import { redirect, type RouteObject } from 'react-router';
import { preferredLanguage } from '../lib/language';
import { languageLoader } from './route-loaders';
import { SiteLayout } from './site-layout';
import { RouteErrorContent, RouteErrorPage } from './route-error-page';
import { NotFoundRoute } from './routes/not-found-route';

/** The public addresses (see product.md); each page's code is loaded only when it is opened. */
export const routes: RouteObject[] = [
  {
    path: '/',
    loader: () => redirect(`/${preferredLanguage()}/`),
    // An address no route can match (a line break in it defeats every pattern) is answered
    // here, with the not-found page in the visitor's language.
    ErrorBoundary: RouteErrorPage,
  },
  {
    path: ':lang',
    id: 'language',
    // Shown only for the moment the first page's strings load; it has no words to translate.
    HydrateFallback: () => <div className="app-loading" aria-busy="true" />,
    loader: languageLoader,
    Component: SiteLayout,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        ErrorBoundary: RouteErrorContent,
        children: [
          { index: true, lazy: () => import('./routes/home-route') },
          { path: 'search', lazy: () => import('./routes/search-route') },
          { path: 'browse/:kind/:value', lazy: () => import('./routes/browse-route') },
          { path: 'procedures/:code', lazy: () => import('./routes/guide-route') },
          {
            path: 'procedures/:code/walkthrough',
            loader: ({ params }) =>
              redirect(
                `/${params.lang}/procedures/${encodeURIComponent(params.code ?? '')}/walkthrough/prepare`,
              ),
          },
          {
            path: 'procedures/:code/walkthrough/:stage',
            lazy: () => import('./routes/walkthrough-route'),
          },
          { path: 'procedures/:code/print', lazy: () => import('./routes/print-sheet-route') },
          { path: 'codes/icd10pcs/:code?', lazy: () => import('./routes/code-route') },
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
];
