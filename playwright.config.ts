import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium';

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
    // Tests that route requests need them to reach the page; offline.spec.ts turns it on.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
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
