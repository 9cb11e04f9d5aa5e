import { expect, test } from './fixtures';
import { hostileAddresses } from './hostile-addresses';

const ADDRESSES = hostileAddresses(520);
const BATCHES = 4;

for (let batch = 0; batch < BATCHES; batch += 1) {
  test(`generated hostile addresses, part ${batch + 1} of ${BATCHES}: no script, no pollution, never blank`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    for (const address of ADDRESSES.filter((_, i) => i % BATCHES === batch)) {
      await page.goto(address);
      await expect(page.locator('html'), address).toHaveAttribute('data-app', 'ready');
      const heading = page.getByRole('main').getByRole('heading', { level: 1 });
      await expect(heading, address).toHaveText(/\S/);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        polluted: ({} as Record<string, unknown>).polluted,
        injected: document.querySelectorAll('main script, [onerror], a[href^="javascript:" i]')
          .length,
        cookies: document.cookie,
      }));
      expect(state, address).toEqual({
        pwned: undefined,
        polluted: undefined,
        injected: 0,
        cookies: '',
      });
      expect(dialogs, address).toBe(0);
    }
  });
}
