import { PDFDocument } from 'pdf-lib';
import { expect, GUIDES, LANGUAGES, openPage, test } from './fixtures';

for (const lang of LANGUAGES) {
  for (const guide of GUIDES) {
    const code = guide.codes[0]!.code;
    test(`the sheet for ${guide.id} (${lang}) prints on at most two pages, Letter and A4`, async ({
      page,
    }) => {
      await openPage(page, `/${lang}/procedures/${code}/print`);
      await page.emulateMedia({ media: 'print' });
      // On paper: no site navigation, no buttons; the help box and the notice are there.
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /print|imprimir/i })).toBeHidden();
      await expect(page.locator('#sheet-get-help')).toBeVisible();
      for (const format of ['Letter', 'A4'] as const) {
        const pdf = await PDFDocument.load(await page.pdf({ format, printBackground: true }));
        expect(pdf.getPageCount(), `${format} pages`).toBeGreaterThanOrEqual(1);
        expect(pdf.getPageCount(), `${format} pages`).toBeLessThanOrEqual(2);
      }
    });
  }
}

test('the sheet prints in true black and white', async ({ page }) => {
  await openPage(page, '/en/procedures/21925/print');
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() =>
    [...document.querySelectorAll('.sheet h1, .sheet h2, .sheet p, .sheet li')].map(
      (el) => getComputedStyle(el).color,
    ),
  );
  expect(new Set(colours)).toEqual(new Set(['rgb(0, 0, 0)']));
});
