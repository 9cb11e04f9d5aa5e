import type { Page } from '@playwright/test';
import { devices } from '@playwright/test';
import { expect, openPage, test } from './fixtures';

/** The first glossary word in the summary, and the definition it reveals. */
function firstTerm(page: Page) {
  const word = page.locator('.guide__summary .glossary-term__word').first();
  const definition = page.locator('.guide__summary .glossary-term__definition').first();
  return { word, definition };
}

test('a glossary word shows its meaning by keyboard, is read as its description, and Escape closes it', async ({
  page,
}) => {
  await openPage(page, '/en/procedures/21925');
  const { word, definition } = firstTerm(page);
  await expect(definition).toBeHidden();
  for (let i = 0; i < 40 && !(await word.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(word).toBeFocused();
  await expect(definition).toBeVisible();
  await expect(word).toHaveAccessibleDescription(/tissue/i);
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(word).toBeFocused();
});

test.describe('on a touch phone', () => {
  const { viewport, userAgent, deviceScaleFactor } = devices['Pixel 7'];
  test.use({ viewport, userAgent, deviceScaleFactor, isMobile: true, hasTouch: true });

  test('a tap shows the meaning, and a tap elsewhere hides it', async ({ page }) => {
    await openPage(page, '/es/procedures/21925');
    const { word, definition } = firstTerm(page);
    await word.tap();
    await expect(definition).toBeVisible();
    await expect(definition).toHaveText(/tejido/);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(definition).toBeHidden();
  });
});
