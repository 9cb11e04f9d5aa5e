import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Browser tests use a real Chromium: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
// else Playwright's own browser (for machines where `npx playwright install` is possible).
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const port = 4173;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    launchOptions: {
      executablePath,
      // Without the background-networking flags Chromium tries hosts this machine cannot reach.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The built app, served by nginx with the configuration the README documents
    // (nginx/plainly.conf), not by a development server.
    command: 'npm run build && npm run serve',
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
