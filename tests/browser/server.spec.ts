import { readFileSync } from 'node:fs';
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

test('the response headers are the ones the README documents', async ({ request }) => {
  const readme = readFileSync('README.md', 'utf8');
  const rows = readme
    .slice(readme.indexOf('What `nginx/plainly.conf`'))
    .split('\n')
    .filter((line) => line.startsWith('|'));
  /** Every `Name: value` in the README's table row for `rule` and the rows that continue it. */
  const documented = (rule: string) => {
    const start = rows.findIndex((line) => line.startsWith(`| ${rule} `));
    const end = rows.findIndex((line, i) => i > start && !/^\|\s+\|/.test(line));
    return rows
      .slice(start, end === -1 ? undefined : end)
      .flatMap((line) => [...line.matchAll(/`([A-Za-z-]+): ([^`]+)`/g)])
      .map(([, name, value]) => [name!.toLowerCase(), value!] as const);
  };
  const everyResponse = documented('every response');
  expect(everyResponse.map(([name]) => name)).toEqual(
    expect.arrayContaining(['content-security-policy', 'referrer-policy']),
  );

  const page = await request.get('/es/procedures/21925');
  const missing = await request.get('/es/procedures/99999');
  expect(missing.status()).toBe(404);
  const script = (await page.text()).match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
  const asset = await request.get(script);
  for (const response of [page, missing, asset])
    for (const [name, value] of everyResponse) expect(response.headers()[name], name).toBe(value);
  for (const response of [page, missing])
    for (const [name, value] of documented('everything else'))
      expect(response.headers()[name], name).toBe(value);
  for (const [name, value] of documented('hashed files `/assets/`'))
    expect(asset.headers()[name], name).toBe(value);
});
