import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n-instance';
import { routes } from './routes';
import { keepOfflineCopies } from './offline-copies';

const router = createBrowserRouter(routes);
const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  </StrictMode>
);

// The page is already readable from its HTML; the app takes over once the page's code, data
// and strings are loaded, so its first render is the same page.
await new Promise<void>((resolve) => {
  if (router.state.initialized) return resolve();
  const stop = router.subscribe((state) => {
    if (!state.initialized) return;
    stop();
    resolve();
  });
});

// Prerendered HTML is made for its bare address. A query, a fragment (clinic notes), a
// redirect or an error draws a different page, and the not-found page serves any address:
// those are drawn afresh instead of hydrated.
const { location } = window;
const { errors } = router.state;
if (root.dataset.page === location.pathname && !location.search && !location.hash && !errors) {
  // As a transition, hydration yields to the browser every few milliseconds: the page stays
  // responsive while it becomes interactive.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  // The app writes the page's own title, description and links; the HTML's would be stale.
  document.head
    .querySelectorAll(
      'title, meta[name="description"], meta[property^="og:"], link[rel="canonical"], link[rel="alternate"]',
    )
    .forEach((element) => element.remove());
  createRoot(root).render(app);
}

keepOfflineCopies();
