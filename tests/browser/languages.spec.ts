import { expect, GUIDES, guideText, LANGUAGES, openPage, test } from './fixtures';

const COLONOSCOPY = GUIDES.find((guide) => guide.id === 'colonoscopy')!;

test('Arabic pages run right to left: walkthrough controls and search box are mirrored', async ({
  page,
}) => {
  await openPage(page, '/ar/procedures/45378/walkthrough/procedure');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const pager = page.locator('.walkthrough__pager');
  const back = await pager.locator('a[rel="prev"]').boundingBox();
  const next = await pager.locator('a[rel="next"]').boundingBox();
  // Reading from right to left, "back" comes first (on the right) and "next" on the left.
  expect(back!.x).toBeGreaterThan(next!.x);
  const steps = page.locator('.walkthrough__progress li');
  const first = await steps.first().boundingBox();
  const last = await steps.last().boundingBox();
  expect(first!.x).toBeGreaterThan(last!.x);
  // The code stays left to right inside the Arabic text.
  await openPage(page, '/ar/');
  const input = await page.getByRole('searchbox').boundingBox();
  const button = await page.locator('.search-box button').boundingBox();
  expect(input!.x).toBeGreaterThan(button!.x);
});

test('the arrow keys follow the reading direction in Arabic', async ({ page }) => {
  await openPage(page, '/ar/procedures/45378/walkthrough/procedure');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/walkthrough\/recovery$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('3');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/walkthrough\/procedure$/);
});

for (const lang of LANGUAGES.filter((l) => COLONOSCOPY.languages[l])) {
  test(`search finds a guide with a native query in ${lang}`, async ({ page }) => {
    const words = guideText(lang, 'colonoscopy').about.otherNames[0]!;
    // Vietnamese and Spanish readers often type without accents.
    const queries = ['vi', 'es'].includes(lang)
      ? [words, words.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')]
      : [words];
    for (const query of queries) {
      await openPage(page, `/${lang}/search?q=${encodeURIComponent(query)}`);
      const results = page.getByRole('region').getByRole('link');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((links) =>
        links.slice(0, 3).map((a) => a.getAttribute('href')),
      );
      expect(hrefs, query).toContain(`/${lang}/procedures/45378`);
    }
  });
}

for (const [lang, also] of [
  ['es', 'en'],
  ['ar', 'en'],
  ['zh-Hans', 'es'],
] as const) {
  test(`the bilingual sheet (${lang} with ${also}) pairs each section`, async ({ page }) => {
    test.skip(!COLONOSCOPY.languages[lang], `colonoscopy is not yet offered in ${lang}`);
    await openPage(page, `/${lang}/procedures/45378/print?also=${also}`);
    const second = page.locator(`.sheet__second[lang="${also}"]`);
    await expect(second.first()).toBeVisible();
    expect(await second.count()).toBeGreaterThan(5);
    await expect(second.first()).toContainText(guideText(also, 'colonoscopy').about.title);
  });
}

test('each page links its language versions and its canonical address', async ({ page }) => {
  await openPage(page, '/vi/procedures/45378');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/vi\/procedures\/45378$/,
  );
  for (const lang of LANGUAGES.filter((l) => COLONOSCOPY.languages[l]))
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/procedures/45378$`),
    );
});
