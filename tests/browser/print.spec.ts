import { expect, openPage, test } from './fixtures';

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
