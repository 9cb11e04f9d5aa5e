import { expect, guideText, openPage, test } from './fixtures';

// The service worker is turned off in the other tests (playwright.config.ts), which route
// requests themselves; here it runs as it does for readers.
test.use({ serviceWorkers: 'allow' });

test('a guide opened once opens again offline, with its sheet and QR code; others say they need a connection', async ({
  page,
  context,
}) => {
  await openPage(page, '/es/procedures/45378');
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  // Kept once the worker is in charge: the page itself and its text.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const pages = await (await caches.open('plainly-pages')).keys();
        const words = await (await caches.open('plainly-words')).keys();
        return (
          pages.some((r) => r.url.endsWith('/es/procedures/45378')) &&
          words.some((r) => r.url.includes('colonoscopy'))
        );
      }),
    )
    .toBe(true);

  await context.setOffline(true);
  await openPage(page, '/es/procedures/45378');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.getByRole('heading', { name: 'Cuándo pedir ayuda' })).toBeVisible();

  // The sheet was never opened, but everything it needs was kept with the guide.
  await openPage(page, '/es/procedures/45378/print');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.locator('.sheet__qr-code path')).toHaveCount(1);
  await expect(page.getByRole('img', { name: /cámara/ })).toBeVisible();

  // A guide never opened on this device cannot be read offline, and the page says so.
  await openPage(page, '/es/procedures/21925');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Esta página necesita conexión a internet',
  );
  await expect(page.getByRole('button', { name: 'Intentar de nuevo' })).toBeVisible();

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    guideText('es', 'back-soft-tissue-biopsy-deep').about.title,
  );
});
