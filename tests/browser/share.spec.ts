import { readFileSync, statSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { expect, openPage, test } from './fixtures';

async function openPanel(page: Page, path = '/en/procedures/45378') {
  await openPage(page, path);
  await page.locator('.share-panel summary').click();
}

const link = (page: Page) =>
  page.getByRole('textbox', { name: /^(Link to share|Enlace para compartir)$/ });

test('the share panel builds the right address for each choice', async ({ page, baseURL }) => {
  await openPanel(page);
  await expect(link(page)).toHaveValue(`${baseURL}/en/procedures/45378`);
  await page.getByLabel("Patient's language").selectOption('es');
  await expect(link(page)).toHaveValue(`${baseURL}/es/procedures/45378`);
  await page.getByLabel('The link opens').selectOption('recovery');
  await expect(link(page)).toHaveValue(`${baseURL}/es/procedures/45378/walkthrough/recovery`);
  await page.getByLabel('The link opens').selectOption('sheet');
  await page.getByLabel('Second language on the printed sheet').selectOption('en');
  await expect(link(page)).toHaveValue(`${baseURL}/es/procedures/45378/print?also=en`);
  await page.getByLabel('Phone number to call').fill('+1 555 0100');
  await expect(link(page)).toHaveValue(
    `${baseURL}/es/procedures/45378/print?also=en#phone=%2B1+555+0100`,
  );
});

test('the QR code decodes to the address shown', async ({ page }) => {
  await openPanel(page);
  await page.getByLabel("Patient's language").selectOption('ar');
  await page.getByLabel('Arrival date and time').fill('1 Dec, 7:30');
  await page.getByRole('button', { name: 'Show QR code' }).click();
  const qr = page.getByRole('img', { name: 'QR code that opens the link above' });
  await expect(qr).toBeVisible();
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(await link(page).inputValue());
});

test('copy link puts the built address on the clipboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openPanel(page, '/es/procedures/21925');
  await page.getByRole('button', { name: 'Copiar enlace' }).click();
  await expect(page.getByRole('status').filter({ hasText: /copied|copiado/i })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await link(page).inputValue());
});

// The notice shows once on screen (the print-only sheet holds a hidden copy).
const invalidNotice = (page: Page) =>
  page.getByRole('note').filter({ hasText: 'The clinic notes in this link could not be shown' });

const ACCESS_LOG = '.nginx/access.log';
const HOSTILE_NOTE = `<script>window.__pwned=1</script> "quoted" 'single' 🩺 اتصل بنا `;
const FULL_NOTE = (HOSTILE_NOTE + 'x'.repeat(500)).slice(0, 500);

test('clinic notes show as plain text on the guide and sheet, and never leave the browser', async ({
  page,
  requests,
}) => {
  // nginx's access log (nginx/test-server.conf): what the server was told, from here on.
  const logStart = statSync(ACCESS_LOG).size;
  const hash = new URLSearchParams({ note: FULL_NOTE, phone: '+1 555 0100' }).toString();
  await openPage(page, `/en/procedures/45378#${hash}`);
  const notes = page.getByRole('region', { name: 'Notes from your clinic' });
  await expect(notes).toContainText('<script>window.__pwned=1</script> "quoted"');
  await expect(notes).toContainText('🩺 اتصل بنا');
  await openPage(page, `/en/procedures/45378/print#${hash}`);
  await expect(page.getByRole('region', { name: 'Notes from your clinic' })).toContainText(
    '+1 555 0100',
  );
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(requests.filter((url) => /pwned|quoted|555/.test(decodeURIComponent(url.href)))).toEqual(
    [],
  );
  const log = readFileSync(ACCESS_LOG, 'utf8').slice(logStart);
  expect(log).toContain('GET /en/procedures/45378/print HTTP/1.1');
  expect(log).not.toMatch(/pwned|quoted|555|%3Cscript|note=/i);
});

test('notes that are too long or malformed are left out, and the page says why', async ({
  page,
}) => {
  await openPage(page, `/en/procedures/45378#note=${'x'.repeat(501)}`);
  await expect(invalidNotice(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes from your clinic' })).toHaveCount(0);
  await openPage(page, '/en/procedures/45378#name=Jane+Doe');
  await expect(invalidNotice(page)).toBeVisible();
});
