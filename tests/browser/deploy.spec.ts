import { expect, openPage, test } from './fixtures';

// After a deploy, an open tab asks for files of its old build that the server no longer has.
// The server's 404 for such a file is stood in for by the browser's request routing, because
// the test server's files are shared by tests running in parallel.
const GUIDE_ROUTE_FILE = /\/assets\/guide-route-[^/]+\.js$/;

test('a file gone after a deploy: the app reloads once, then offers a retry that recovers', async ({
  page,
}) => {
  await openPage(page, '/en/');
  await page.route(GUIDE_ROUTE_FILE, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  let documentLoads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documentLoads += 1;
  });
  await page
    .getByRole('link', { name: /colonoscopy/ })
    .first()
    .click();

  // The app reloads the page once to fetch the new build...
  await expect.poll(() => documentLoads).toBe(1);
  await expect(page).toHaveURL(/\/en\/procedures\/45378$/);
  // ...and as the file is still missing, it shows the retry page and does not loop.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sorry, this page did not load' }),
  ).toBeVisible();
  await page.waitForTimeout(1500);
  expect(documentLoads, 'no reload loop').toBe(1);

  // The new build's file is there now: "Try again" brings the guide.
  await page.unroute(GUIDE_ROUTE_FILE);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Camera test of the large bowel (colonoscopy)' }),
  ).toBeVisible();
});
