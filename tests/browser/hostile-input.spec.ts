import { expect, openPage, test } from './fixtures';

const HOSTILE = [
  '/en/search?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '/en/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '/en/search?q=__proto__&__proto__[polluted]=1&constructor[prototype][polluted]=1',
  `/en/search?q=${'biopsy%20'.repeat(400)}`,
  '/en/procedures/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '/en/procedures/__proto__',
  '/en/procedures/constructor/walkthrough/__proto__',
  '/__proto__/procedures/21925',
  '/es/search?q=%E0%A4%A',
  "/en/procedures/21925'%22/walkthrough/prepare",
];

for (const path of HOSTILE) {
  test(`hostile address ${path.slice(0, 60)} gives a helpful page and runs nothing`, async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await openPage(page, path);
    await expect(page.getByRole('searchbox')).toBeVisible();
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
      injected: document.querySelectorAll('main script, main img[onerror]').length,
    }));
    expect(state).toEqual({ pwned: undefined, polluted: undefined, injected: 0 });
    expect(dialogs).toBe(0);
  });
}

test('a query with markup is shown as the characters typed', async ({ page }) => {
  await openPage(page, '/en/search?q=%3Cb%3Ebold%3C%2Fb%3E');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toHaveText(
    'No guide matches “<b>bold</b>”.',
  );
});
