import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Page } from '@playwright/test';
import { NOTE_FIELDS } from '../../src/lib/clinic-notes';
import { expect, GUIDES, LANGUAGES, openPage, test } from './fixtures';

/** Every clinic note filled to its limit with ordinary words, as a busy clinic might. */
const FULL_NOTES = new URLSearchParams(
  Object.entries(NOTE_FIELDS).map(([field, limit]) => [
    field,
    `${field}: please read this note from your clinic before the day. `.repeat(20).slice(0, limit),
  ]),
).toString();

/** Page counts of the page printed on Letter and on A4. */
async function printedPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pages: Record<string, number> = {};
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await PDFDocument.load(await page.pdf({ format, printBackground: true }));
    pages[format] = pdf.getPageCount();
  }
  return pages;
}

/** Text without spaces, line breaks and direction marks, which column wrapping moves about. */
const squash = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');

/** The characters printed on the page, read back from the PDF with Poppler's pdftotext. */
async function printedText(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return squash(
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString(),
  );
}

/** Waits until the sheet's QR code is drawn (it is made in a lazy chunk). */
async function openSheet(page: Page, path: string) {
  await openPage(page, path);
  await expect(page.locator('.sheet__qr-code path').first()).toBeAttached();
}

test('the sheet prints in true black and white', async ({ page }) => {
  await openSheet(page, '/en/procedures/21925/print');
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() =>
    [...document.querySelectorAll('.sheet h1, .sheet h2, .sheet p, .sheet li')].map(
      (el) => getComputedStyle(el).color,
    ),
  );
  expect(new Set(colours)).toEqual(new Set(['rgb(0, 0, 0)']));
});

for (const path of ['/es/procedures/45378', '/es/procedures/45378/walkthrough/recovery']) {
  test(`printing ${path} from the browser gives the take-home sheet, not the screen`, async ({
    page,
  }) => {
    await openSheet(page, `${path}#phone=555-0100`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Cuándo pedir ayuda' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('.sheet')).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(
      await page.locator('.sheet button').count(), // glossary terms only
    );
    const text = await printedText(page);
    expect(text).toContain(squash('Hoja para llevar a casa'));
    expect(text).toContain('555-0100');
    expect(text).not.toMatch(/Compartir|Anterior|Siguiente/);
  });
}

test('the sheet carries a QR code that opens the online guide in the same language', async ({
  page,
  baseURL,
}) => {
  await openSheet(page, '/vi/procedures/45378/print');
  const qr = page.getByRole('img', {
    name: 'Quét bằng camera điện thoại để mở hướng dẫn này trực tuyến',
  });
  await expect(qr).toBeVisible();
  const { PNG } = await import('pngjs');
  const { default: jsQR } = await import('jsqr');
  const png = PNG.sync.read(await qr.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(
    `${baseURL}/vi/procedures/45378`,
  );
});

const HOSTILE_NOTE = `<script>window.__pwned=1</script> "quoted" 'single' 🩺 اتصل بنا غدا`;

test('clinic notes print as the characters written, markup and all', async ({ page }) => {
  const hash = new URLSearchParams({ note: HOSTILE_NOTE, phone: '+1 555 0100' }).toString();
  await openSheet(page, `/en/procedures/45378/print#${hash}`);
  const text = await printedText(page);
  expect(text).toContain(squash(`<script>window.__pwned=1</script> "quoted" 'single' 🩺`));
  for (const word of ['اتصل', 'بنا', 'غدا']) expect(text).toContain(word);
  expect(text).toContain(squash('+1 555 0100'));
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

// Every guide, in every language it is offered in, with every clinic note full: two pages at
// most on Letter and on A4. One test per language, each printing all its guides.
for (const lang of LANGUAGES) {
  test(`every guide in ${lang} prints within two pages with the clinic notes full`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    const over: string[] = [];
    for (const guide of GUIDES.filter((g) => g.languages[lang])) {
      const code = guide.codes[0]!.code;
      await openSheet(page, `/${lang}/procedures/${code}/print#${FULL_NOTES}`);
      await expect(page.locator('.clinic-notes dd')).toHaveCount(6);
      const pages = await printedPages(page);
      if (pages.Letter! > 2 || pages.A4! > 2) over.push(`${guide.id} ${JSON.stringify(pages)}`);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(over, 'guides over two pages').toEqual([]);
  });
}

// A bilingual sheet may take four pages. Each language with English (English with Spanish),
// on the four guides whose two texts are longest: the ones nearest the limit.
for (const lang of LANGUAGES) {
  const also = lang === 'en' ? 'es' : 'en';
  const size = (id: string) =>
    statSync(`locales/${lang}/guides/${id}.json`).size +
    statSync(`locales/${also}/guides/${id}.json`).size;
  const longest = GUIDES.filter((g) => g.languages[lang] && g.languages[also])
    .sort((a, b) => size(b.id) - size(a.id))
    .slice(0, 4);
  test(`the longest guides in ${lang} with ${also} print within four pages with the notes full`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const over: string[] = [];
    for (const guide of longest) {
      await openSheet(
        page,
        `/${lang}/procedures/${guide.codes[0]!.code}/print?also=${also}#${FULL_NOTES}`,
      );
      await expect(page.locator(`.sheet__second[lang="${also}"]`).first()).toBeVisible();
      const pages = await printedPages(page);
      if (pages.Letter! > 4 || pages.A4! > 4) over.push(`${guide.id} ${JSON.stringify(pages)}`);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(over, 'bilingual sheets over four pages').toEqual([]);
  });
}
