/**
 * Offline copies, kept by the service worker that the build writes (see vite.config.ts): the
 * app's code ahead of time, and each page, guide text and language the visitor opens.
 */
export function keepOfflineCopies(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const register = () => {
    // On the first visit this page and its words arrived before the worker existed:
    // fetch them again through it, once it is in charge, so that they are kept too.
    if (!navigator.serviceWorker.controller)
      navigator.serviceWorker.addEventListener('controllerchange', keepThisPage, { once: true });
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without a worker the site still works online; nothing to tell the reader.
    });
  };
  // After the page has loaded, so that it never competes with what the reader came for.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

function keepThisPage() {
  const words = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/data/'));
  void fetch(location.pathname + location.search, { headers: { accept: 'text/html' } });
  for (const url of words) void fetch(url);
}
