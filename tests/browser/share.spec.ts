import { expect, openPage, test } from './fixtures';

test('copy link puts this page’s address on the clipboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openPage(page, '/es/procedures/21925/walkthrough/feel');
  await page.getByRole('link', { name: /Terminar/ }).click();
  await page.getByRole('button', { name: 'Copiar enlace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enlace copiado' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/es/procedures/21925`);
});

test('where copying is refused, the link is offered to copy by hand', async ({ page }) => {
  await openPage(page, '/en/procedures/20206');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Could not copy the link')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Link to this page' })).toHaveValue(
    /\/en\/procedures\/20206$/,
  );
});
