import type { Page } from '@playwright/test';
import { expect, openPage, test } from './fixtures';

/** Presses Tab until the focused element has `name`, as a keyboard user would (bounded). */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

for (const [lang, words] of [
  ['en', { start: /step by step/, next: /^Next:/, step: /Step (\d) of 4/ }],
  ['es', { start: /paso a paso/, next: /^Siguiente:/, step: /Paso (\d) de 4/ }],
] as const) {
  test(`the walkthrough works by keyboard alone (${lang})`, async ({ page }) => {
    await openPage(page, `/${lang}/procedures/21925`);
    await tabTo(page, words.start);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/${lang}/procedures/21925/walkthrough/prepare`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(words.step);
    await expect(page.locator('a[aria-current="step"]')).toHaveCount(1);

    // Tab to "Next" and follow it: focus lands on the new stage's heading.
    await tabTo(page, words.next);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/${lang}/procedures/21925/walkthrough/procedure`);
    await expect(heading).toBeFocused();
    await expect(heading).toContainText(lang === 'en' ? 'Step 2 of 4' : 'Paso 2 de 4');

    // Arrow keys move forward and back in reading order. Each key waits for the new stage's
    // heading, as a person would read it before moving on.
    const expectStage = async (stage: string, step: number) => {
      await expect(page).toHaveURL(new RegExp(`walkthrough/${stage}$`));
      await expect(heading).toContainText(`${step} ${lang === 'en' ? 'of' : 'de'} 4`);
      await expect(heading).toBeFocused();
    };
    await page.keyboard.press('ArrowRight');
    await expectStage('recovery', 3);
    await page.keyboard.press('ArrowRight');
    await expectStage('feel', 4);
    await page.keyboard.press('ArrowRight');
    await expectStage('feel', 4);
    await page.keyboard.press('ArrowLeft');
    await expectStage('recovery', 3);
  });
}

test('/walkthrough alone opens the first stage; an unknown stage is a helpful not-found page', async ({
  page,
}) => {
  await openPage(page, '/en/procedures/21920/walkthrough');
  await expect(page).toHaveURL('/en/procedures/21920/walkthrough/prepare');
  await openPage(page, '/en/procedures/21920/walkthrough/surgery');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('searchbox')).toHaveValue('21920');
  await expect(page.getByRole('link', { name: /biopsy/i }).first()).toBeVisible();
});
