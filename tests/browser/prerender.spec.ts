import {
  expect,
  GUIDES,
  guideText,
  LANGUAGES,
  openPage,
  STAGES,
  test,
  waitForApp,
} from './fixtures';

// Every page is prerendered HTML (src/prerender), served by nginx; the app then takes it over.

const SITE = 'https://plainly.example';
const code = '21925';
const english = guideText('en', 'back-soft-tissue-biopsy-deep');

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide, its walkthrough and its sheet are there to read and to follow', async ({
    page,
  }) => {
    const response = await page.goto(`/en/procedures/${code}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.about.title);
    await expect(page.getByRole('heading', { name: 'When to get help' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Questions to ask your care team' }),
    ).toBeVisible();
    // Links are real links: the walkthrough works page by page without script.
    await page.getByRole('link', { name: 'Go through it step by step' }).click();
    await expect(page).toHaveURL(`/en/procedures/${code}/walkthrough/prepare`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Getting ready');
    await page.getByRole('link', { name: /^Next:/ }).click();
    await expect(page).toHaveURL(`/en/procedures/${code}/walkthrough/procedure`);
    await page.goto(`/en/procedures/${code}/print`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.about.title);
  });

  test('every kind of page, in Arabic, has its words, language, direction and head', async ({
    page,
  }) => {
    const arabic = guideText('ar', 'back-soft-tissue-biopsy-deep');
    for (const path of [
      '/ar/',
      '/ar/search',
      '/ar/browse/area/back-spine',
      `/ar/procedures/${code}`,
      ...STAGES.map((stage) => `/ar/procedures/${code}/walkthrough/${stage}`),
      `/ar/procedures/${code}/print`,
    ]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(/Plainly/);
      const head = page.locator('head');
      await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.{40}/);
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /Plainly/);
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', SITE + path);
      await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        'href',
        SITE + path.replace('/ar/', '/en/'),
      );
    }
    await page.goto(`/ar/procedures/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(arabic.about.title);
  });

  test('an unknown address is answered 404 with a helpful page', async ({ page }) => {
    const response = await page.goto('/en/procedures/99999');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    await expect(page.getByRole('search')).toBeVisible();
  });

  test('the bare walkthrough address and the root still lead somewhere', async ({ page }) => {
    await page.goto(`/es/procedures/${code}/walkthrough`);
    await expect(page).toHaveURL(`/es/procedures/${code}/walkthrough/prepare`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Cómo prepararse');
    await page.goto('/');
    await page.getByRole('link', { name: '한국어' }).click();
    await expect(page).toHaveURL('/ko/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });
});

// On a mismatch React throws the server's HTML away and draws the page again; the heading
// element the HTML arrived with would then be gone.
for (const lang of LANGUAGES) {
  test(`the app takes over prerendered pages in ${lang} without drawing them again`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as { prerenderedHeading?: Element | null }).prerenderedHeading =
          document.querySelector('main h1');
      });
    });
    const guide = GUIDES.find((g) => g.languages[lang])!.codes[0]!.code;
    const stage = STAGES[LANGUAGES.indexOf(lang) % STAGES.length];
    for (const path of [
      `/${lang}/`,
      `/${lang}/search`,
      `/${lang}/browse/category/biopsy`,
      `/${lang}/procedures/${guide}`,
      `/${lang}/procedures/${guide}/walkthrough/${stage}`,
      `/${lang}/procedures/${guide}/print`,
    ]) {
      await openPage(page, path);
      const kept = await page.evaluate(() => {
        const heading = (window as { prerenderedHeading?: Element | null }).prerenderedHeading;
        return Boolean(heading) && heading === document.querySelector('main h1');
      });
      expect(kept, `${path} was hydrated, not drawn again`).toBe(true);
      await expect(page.locator('title')).toHaveCount(1);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    }
  });
}

test('a search address, opened directly, shows its results and one set of head tags', async ({
  page,
}) => {
  await openPage(page, '/en/search?q=knee');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toContainText(
    'found for “knee”',
  );
  await expect(page).toHaveTitle('Search results for “knee” · Plainly');
  await expect(page.locator('title')).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
});

test('the not-found page speaks the language of the address once the app runs', async ({
  page,
}) => {
  await page.goto('/es/procedures/99999');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esa página');
  await expect(page.getByRole('searchbox')).toHaveValue('99999');
});

test('the sitemap lists every guide page in every language, and each is served', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>https:\/\/plainly\.example([^<]+)<\/loc>/g)].map(
    (m) => m[1]!,
  );
  for (const lang of LANGUAGES)
    for (const guide of GUIDES) {
      const base = `/${lang}/procedures/${guide.codes[0]!.code}`;
      for (const path of [base, `${base}/print`, ...STAGES.map((s) => `${base}/walkthrough/${s}`)])
        expect(paths).toContain(path);
    }
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toMatch(/<main[^>]*>.*<h1[^>]*>.+<\/h1>/s);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://plainly.example/sitemap.xml');
});

test("opening a guide loads that guide's words and no other guide's", async ({
  page,
  requests,
}) => {
  await openPage(page, '/en/procedures/45378');
  await openPage(page, '/en/');
  const others = GUIDES.filter((g) => g.id !== 'colonoscopy').map((g) => g.id);
  const words = requests.filter((url) => url.pathname.startsWith('/assets/data/'));
  expect(words.some((url) => url.pathname.includes('/colonoscopy-'))).toBe(true);
  expect(
    words.filter((url) => others.some((id) => url.pathname.startsWith(`/assets/data/${id}-`))),
  ).toEqual([]);
});
