import {
  expect,
  expectNoAxeViolations,
  GUIDE_CODES,
  LANGUAGES,
  openPage,
  RAW_KEY,
  STAGES,
  test,
} from './fixtures';

const GUIDE_PAGES = GUIDE_CODES.flatMap((code) => [
  `procedures/${code}`,
  ...STAGES.map((stage) => `procedures/${code}/walkthrough/${stage}`),
  `procedures/${code}/print`,
]);
const OTHER_PAGES = ['', 'search?q=biopsy', 'search', 'procedures/99999', 'no/such/page'];

for (const lang of LANGUAGES) {
  test.describe(`every page in ${lang}`, () => {
    for (const path of [...OTHER_PAGES, ...GUIDE_PAGES]) {
      test(`/${lang}/${path}: lang, dir, title, words, axe`, async ({
        page,
        requests,
        pageErrors,
      }) => {
        await openPage(page, `/${lang}/${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
        await expect(page).toHaveTitle(/Plainly/);
        await expect(page.getByRole('main')).toBeVisible();
        const text = await page.locator('body').innerText();
        expect(text).not.toMatch(RAW_KEY);
        await expectNoAxeViolations(page);
        expect(requests.length).toBeGreaterThan(0);
        expect(pageErrors).toEqual([]);
      });
    }
  });
}

test('no page sets a cookie or writes anything but the language choice', async ({
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
