import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openPage, test, waitForApp } from './fixtures';

// After a deploy, an open tab asks for files of its old build that the server no longer has.
// The server's 404 for such a file is stood in for by the browser's request routing, because
// the test server's files are shared by tests running in parallel.
const GUIDE_ROUTE_FILE = /\/assets\/guide-route-[^/]+\.js$/;

/** How many times the page itself has been (re)loaded since this was called. */
function countDocumentLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
  });
  return () => loads;
}

test('a file gone after a deploy: the app reloads once, then offers a retry that recovers', async ({
  page,
}) => {
  await openPage(page, '/en/');
  await page.route(GUIDE_ROUTE_FILE, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const documentLoads = countDocumentLoads(page);
  await page
    .getByRole('link', { name: /colonoscopy/ })
    .first()
    .click();

  // The app reloads the page once to fetch the new build...
  await expect.poll(documentLoads).toBe(1);
  await expect(page).toHaveURL(/\/en\/procedures\/45378$/);
  // ...and as the file is still missing, it shows the retry page and does not loop.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sorry, this page did not load' }),
  ).toBeVisible();
  await page.waitForTimeout(1500);
  expect(documentLoads(), 'no reload loop').toBe(1);

  // The new build's file is there now: "Try again" brings the guide.
  await page.unroute(GUIDE_ROUTE_FILE);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Camera test of the large bowel (colonoscopy)' }),
  ).toBeVisible();
});

// A real deploy, on a server of its own (port 4175, nginx with the same configuration): the
// site is copied, a tab opens it, then a new build replaces it. The new build is the same
// build with its guide page code under a new name, as any code change gives it; the old
// name is gone from the server, as after every deploy.
test.describe('a deploy while a tab is open', () => {
  const port = 4175;
  const dir = join(process.cwd(), '.nginx/deploy');
  const site = join(dir, 'site');
  let server: ChildProcess;
  test.use({ baseURL: `http://127.0.0.1:${port}` });

  test.beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const part of ['assets', 'en', 'index.html', '404.html', 'favicon.svg'])
      cpSync(join('dist', part), join(site, part), { recursive: true });
    const config = readFileSync('nginx/test-server.conf', 'utf8')
      .replace('pid .nginx/nginx.pid', `pid ${dir}/nginx.pid`)
      .replace('access_log .nginx/access.log', `access_log ${dir}/access.log`)
      .replace('listen 127.0.0.1:4173', `listen 127.0.0.1:${port}`)
      .replace('root dist;', `root ${site};`);
    // nginx finds included files next to the main configuration file.
    writeFileSync(join(dir, 'nginx.conf'), config);
    for (const file of ['plainly.conf', 'plainly-headers.conf'])
      cpSync(join('nginx', file), join(dir, file));
    server = spawn('nginx', ['-p', `${process.cwd()}/`, '-c', join(dir, 'nginx.conf')], {
      stdio: 'ignore',
    });
    await expect
      .poll(() =>
        fetch(`http://127.0.0.1:${port}/en/`).then(
          (r) => r.status,
          () => 0,
        ),
      )
      .toBe(200);
  });
  test.afterAll(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A new build, as the browser sees it: the guide page's code file gets a new name, and so
   * does every file whose content changes with it (they refer to it), up to the pages.
   */
  function deployNewBuild() {
    const assets = join(site, 'assets');
    const newName = (name: string) => name.replace(/\.js$/, '-new.js');
    const guideRoute = readdirSync(assets).find((name) => /^guide-route-.+\.js$/.test(name))!;
    const renamed = new Map<string, string>();
    let changed = [guideRoute];
    while (changed.length > 0) {
      for (const name of changed) {
        renameSync(join(assets, name), join(assets, newName(name)));
        renamed.set(name, newName(name));
      }
      changed = [];
      const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) =>
        /\.(js|html)$/.test(file),
      );
      for (const file of files) {
        const text = readFileSync(join(site, file), 'utf8');
        let next = text;
        for (const [from, to] of renamed) next = next.replaceAll(from, to);
        if (next === text) continue;
        writeFileSync(join(site, file), next);
        const name = file.replace(/^assets\//, '');
        if (
          file.startsWith('assets/') &&
          !name.includes('/') &&
          !renamed.has(name) &&
          !name.endsWith('-new.js')
        )
          changed.push(name);
      }
    }
    return newName(guideRoute);
  }

  test('the open tab recovers with one reload and then runs the new build', async ({ page }) => {
    await openPage(page, '/en/');
    const renamed = deployNewBuild();
    const documentLoads = countDocumentLoads(page);
    await page
      .getByRole('link', { name: /colonoscopy/ })
      .first()
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Camera test of the large bowel (colonoscopy)' }),
    ).toBeVisible();
    await waitForApp(page);
    expect(documentLoads(), 'one reload').toBe(1);
    // The page now runs the new build's code.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(scripts.some((url) => url.endsWith(`/assets/${renamed}`))).toBe(true);
    await expect(page.getByRole('heading', { name: 'Sorry, this page did not load' })).toHaveCount(
      0,
    );
  });
});
