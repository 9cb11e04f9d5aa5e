import {
  expect,
  expectNoAxeViolations,
  GUIDES,
  LANGUAGES,
  openPage,
  RAW_KEY,
  STAGES,
  test,
} from './fixtures';
import type { Page } from '@playwright/test';

/** What every page must be: right language and direction, a title, no raw keys, axe-clean. */
async function checkPage(page: Page, lang: string, path: string) {
  await openPage(page, path);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  await expect(page).toHaveTitle(/Plainly/);
  await expect(page.getByRole('main')).toBeVisible();
  expect(await page.locator('body').innerText(), `raw key on ${path}`).not.toMatch(RAW_KEY);
  await expectNoAxeViolations(page);
}

const areas = [...new Set(GUIDES.map((g) => g.bodyArea))];
const categories = [...new Set(GUIDES.map((g) => g.category))];

for (const lang of LANGUAGES) {
  test(`home, search, browse and not-found pages in ${lang}`, async ({ page }) => {
    for (const path of ['', 'search?q=biopsy', 'search', 'procedures/99999', 'no/such/page'])
      await checkPage(page, lang, `/${lang}/${path}`);
    for (const area of areas) await checkPage(page, lang, `/${lang}/browse/area/${area}`);
    for (const category of categories)
      await checkPage(page, lang, `/${lang}/browse/category/${category}`);
  });

  // English, the source: every guide. The other languages share the same templates (their
  // texts are checked for every guide by the content tests, and printed in print.spec.ts) and
  // run through every page type on a few guides each, to keep CI within its time.
  const guides =
    lang === 'en'
      ? GUIDES
      : GUIDES.filter((guide) => guide.languages[lang]).filter(
          (_, i) => i % 12 === LANGUAGES.indexOf(lang) % 12,
        );
  guides.forEach((guide, index) => {
    const code = guide.codes[0]!.code;
    // Every stage page uses one template; to keep CI within its time, each guide checks one
    // stage in turn (all four across every four guides) and the first guide checks all four.
    const stages = index === 0 ? STAGES : [STAGES[(index + (lang === 'en' ? 0 : 2)) % 4]!];
    test(`${guide.id} (${code}) in ${lang}: guide, walkthrough and sheet`, async ({ page }) => {
      await checkPage(page, lang, `/${lang}/procedures/${code}`);
      for (const stage of stages)
        await checkPage(page, lang, `/${lang}/procedures/${code}/walkthrough/${stage}`);
      await checkPage(page, lang, `/${lang}/procedures/${code}/print`);
      // A guide offered in this language shows no English fall-back anywhere in its content.
      if (lang !== 'en')
        await expect(
          page.locator('main [lang="en"]:not(.review-record__languages [lang])'),
        ).toHaveCount(0);

      await page.emulateMedia({ media: 'print' });
      // On paper: no site navigation, no buttons; the help box is there.
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /print|imprimir/i })).toBeHidden();
      await expect(page.locator('#sheet-get-help')).toBeVisible();
    });
  });
}

test('no page sets a cookie or stores anything but the language choice', async ({
  page,
  context,
}) => {
  await openPage(page, '/en/');
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/procedimiento/);
  await openPage(page, '/es/procedures/21925');
  await openPage(page, '/es/procedures/21925/walkthrough/feel');
  await openPage(page, '/es/search?q=biopsia');
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored).toEqual(['plainly.language']);
});
