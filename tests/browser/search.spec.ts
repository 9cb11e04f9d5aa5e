import { expect, openPage, test } from './fixtures';

const CASES = [
  { lang: 'en', query: '21925', first: '/en/procedures/21925' },
  { lang: 'en', query: '2192', first: /\/en\/procedures\/2192[05]$/ },
  { lang: 'en', query: 'flank lump', first: /\/en\/procedures\/(21925|21920|21930)$/ },
  { lang: 'en', query: 'colonoscapy', first: '/en/procedures/45378' },
  { lang: 'es', query: 'cesarea', first: '/es/procedures/59514' },
  { lang: 'en', query: 'muscle needle biopsy', first: '/en/procedures/20206' },
  { lang: 'es', query: '20206', first: '/es/procedures/20206' },
  { lang: 'es', query: 'biopsia musculo', first: '/es/procedures/20206' },
  { lang: 'es', query: 'biopsia músculo', first: '/es/procedures/20206' },
] as const;

for (const { lang, query, first } of CASES) {
  test(`search "${query}" (${lang}) finds the right guide first, by keyboard`, async ({ page }) => {
    await openPage(page, `/${lang}/`);
    const box = page.getByRole('searchbox');
    await box.focus();
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      `/${lang}/search?q=${encodeURIComponent(query).replace(/%20/g, '+')}`,
    );
    const results = page.getByRole('region', { name: /Results|Resultados/ }).getByRole('link');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toHaveAttribute('href', first);
    // Keyboard: Tab from the search box reaches the button, then the first result.
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(results.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(first);
  });
}

test('results follow typing and the address can be shared', async ({ page }) => {
  await openPage(page, '/en/search');
  await page.getByRole('searchbox').fill('superficial');
  await expect(page).toHaveURL('/en/search?q=superficial');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toHaveText(
    /1 guide found/,
  );
  await page.reload();
  await expect(page.getByRole('searchbox')).toHaveValue('superficial');
});

test('a search that finds nothing says so and helps', async ({ page }) => {
  await openPage(page, '/es/search?q=zzzzqqq');
  await expect(page.getByRole('region', { name: 'Resultados' }).getByRole('status')).toHaveText(
    'Ninguna guía coincide con «zzzzqqq».',
  );
  await expect(page.getByText('Revise cómo lo escribió')).toBeVisible();
});
