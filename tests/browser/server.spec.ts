import { expect, test } from './fixtures';

// The browser tests are served by nginx with nginx/plainly.conf, the configuration the README
// documents; these tests hold it to what the README says.

test('pages carry the privacy and security headers, and are checked with the server on each visit', async ({
  request,
}) => {
  const response = await request.get('/es/procedures/21925');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(
    "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  );
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['set-cookie']).toBeUndefined();
});

test('built files with a content hash are kept for good', async ({ page, request }) => {
  const response = await page.goto('/en/');
  const script = (await response!.text()).match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
  const asset = await request.get(script);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-security-policy']).toBeDefined();
});

test('the Content-Security-Policy refuses a script written into the page, and tests see it', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/en/');
  await expect(page.addScriptTag({ content: 'window.__injected = 1' })).rejects.toThrow(
    /Content Security Policy/,
  );
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  // Every other test fails on such a report (fixtures.ts); this one expects exactly it.
  await expect.poll(() => pageErrors.join('\n')).toMatch(/Content Security Policy/);
  pageErrors.length = 0;
});
