import { expect, GUIDES, openPage, test } from './fixtures';

test('browse by body area, then by kind of care, with counts that match the lists', async ({
  page,
}) => {
  await openPage(page, '/en/');
  const byArea = page.getByRole('navigation', { name: 'Browse by body area' });
  const back = byArea.getByRole('listitem').filter({ hasText: 'Back and spine' });
  const expected = GUIDES.filter((g) => g.bodyArea === 'back-spine').length;
  await expect(back).toContainText(`${expected} guide`);
  await back.getByRole('link').click();
  await expect(page).toHaveURL('/en/browse/area/back-spine');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back and spine');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(expected);
  await expect(page.getByRole('link', { name: /Deep biopsy of a lump/ })).toBeVisible();

  await openPage(page, '/es/');
  const byCategory = page.getByRole('navigation', { name: 'Buscar por tipo de atención' });
  await byCategory.getByRole('link', { name: 'Biopsias' }).click();
  await expect(page).toHaveURL('/es/browse/category/biopsy');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(
    GUIDES.filter((g) => g.category === 'biopsy').length,
  );
});

test('the A to Z list holds every guide once, under its letter', async ({ page }) => {
  await openPage(page, '/en/');
  const all = page.getByRole('region', { name: 'All guides, A to Z' });
  await expect(all.getByRole('link', { name: /./ }).filter({ hasNotText: /^.$/ })).toHaveCount(
    GUIDES.length,
  );
  await page
    .getByRole('navigation', { name: 'Jump to a letter' })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(/#letter-/);
});

test('an unknown body area is a helpful not-found page', async ({ page }) => {
  await openPage(page, '/en/browse/area/elbows');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('searchbox')).toHaveValue('elbows');
});
