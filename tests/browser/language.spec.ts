import { expect, openPage, test } from './fixtures';

test('switching language keeps the visitor on the same page', async ({ page }) => {
  await openPage(page, '/en/procedures/21925/walkthrough/recovery');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Español' })
    .click();
  await expect(page).toHaveURL('/es/procedures/21925/walkthrough/recovery');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('La recuperación');
  await expect(page).toHaveTitle(/La recuperación/);
  await page
    .getByRole('navigation', { name: 'Idioma' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL('/en/procedures/21925/walkthrough/recovery');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Recovery');
});

test('the root address follows the saved choice, then the browser language', async ({
  browser,
}) => {
  const spanish = await browser.newContext({ locale: 'es-MX' });
  const page = await spanish.newPage();
  await page.goto('/');
  await expect(page).toHaveURL('/es/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/');
  await page.goto('/');
  await expect(page).toHaveURL('/en/');
  await spanish.close();

  const french = await browser.newContext({ locale: 'fr-FR' });
  const other = await french.newPage();
  await other.goto('/');
  await expect(other).toHaveURL('/en/');
  await french.close();
});

test('a regional or differently cased language tag goes to its supported language', async ({
  page,
}) => {
  await page.goto('/es-MX/procedures/21925?x=1');
  await expect(page).toHaveURL('/es/procedures/21925?x=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/EN/search?q=biopsy');
  await expect(page).toHaveURL('/en/search?q=biopsy');
});

test('an unsupported language shows a not-found page in the visitor language, with the guide found', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await openPage(page, '/fr/procedures/21925');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esa página');
  await expect(page.getByRole('searchbox')).toHaveValue('21925');
  await page
    .getByRole('link', { name: /biopsia/i })
    .first()
    .click();
  await expect(page).toHaveURL('/es/procedures/21925');
  await context.close();
});
