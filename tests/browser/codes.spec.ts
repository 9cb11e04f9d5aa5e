import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, LANGUAGES, openPage, RAW_KEY, test } from './fixtures';

type Row = [string, [string, string][]][];
const TABLES = 'src/content/icd10pcs/data/tables/';
const files = readdirSync(TABLES).sort();

/** A code from each of a few body systems, different for each language: a sample, in turn. */
function sampleCodes(offset: number, count: number): { code: string; bodyPart: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const file = files[((offset * count + i) * 7) % files.length]!;
    const tables = JSON.parse(readFileSync(TABLES + file, 'utf8')) as Record<string, Row[]>;
    const [operation, rows] = Object.entries(tables)[i % Object.keys(tables).length]!;
    const row = rows[rows.length - 1]!;
    const values = row.map(([, v]) => v[v.length - 1]!);
    return {
      code: file.slice(0, 2) + operation + values.map(([char]) => char).join(''),
      bodyPart: values[0]![1],
    };
  });
}

const labelsIn = (lang: string) =>
  lang === 'en'
    ? undefined
    : (JSON.parse(readFileSync(`locales/${lang}/icd10pcs/labels.json`, 'utf8')) as Record<
        string,
        string
      >);

async function checkPage(page: Page, lang: string, path: string) {
  await openPage(page, path);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  await expect(page).toHaveTitle(/Plainly/);
  expect(await page.locator('body').innerText(), `raw key on ${path}`).not.toMatch(RAW_KEY);
  await expectNoAxeViolations(page);
}

LANGUAGES.forEach((lang, index) => {
  test(`code pages in ${lang}: seven characters explained, axe-clean`, async ({ page }) => {
    const labels = labelsIn(lang);
    for (const { code, bodyPart } of sampleCodes(index, 4)) {
      await checkPage(page, lang, `/${lang}/codes/icd10pcs/${code}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
      const characters = page
        .getByRole('list')
        .filter({ has: page.getByRole('heading', { level: 3 }) });
      await expect(characters.first().getByRole('listitem')).toHaveCount(7);
      // Character 4 in the reader's language, and the code set's own English name beside it.
      await expect(
        page.getByText(labels?.[bodyPart] ?? bodyPart, { exact: true }).first(),
      ).toBeVisible();
      if (labels)
        await expect(page.locator(`main [lang="en"]`, { hasText: bodyPart }).first()).toBeVisible();
    }
    for (const path of ['', '/0', '/0J', '/0JB', '/0JB7', '/0JB79ZX', '/0JB70ZXX', '/OJB70ZX'])
      await checkPage(page, lang, `/${lang}/codes/icd10pcs${path}`);
  });
});

test('a code explained: its parts, its guide and the codes next to it', async ({ page }) => {
  await openPage(page, '/en/codes/icd10pcs/0JB70ZX');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'ICD-10-PCS code \u20660JB70ZX\u2069',
  );
  await expect(
    page.getByText('Cutting out part: Subcutaneous Tissue and Fascia, Back · Open · Diagnostic'),
  ).toBeVisible();
  const trail = page.getByRole('navigation', { name: 'Where this code sits' });
  await expect(trail.getByRole('link')).toHaveText([
    'All codes',
    '0 Surgery and procedures',
    '0J Tissue under the skin',
    '0JB Cutting out part',
  ]);
  await expect(page.getByText('How the area is reached', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('The doctor cuts through the skin or other tissue')).toBeVisible();
  const guides = page.getByRole('region', { name: 'Our guide for this procedure' });
  await guides.getByRole('link').click();
  await expect(page).toHaveURL('/en/procedures/21920');
  await page.goBack();
  await page.getByRole('link', { name: '0JB73ZX Percutaneous' }).click();
  await expect(page).toHaveURL('/en/codes/icd10pcs/0JB73ZX');
  await expect(page.getByRole('region', { name: 'Our guide for this procedure' })).toContainText(
    'We do not have a guide for this procedure yet',
  );
});

test('browsing from the top of the directory down to a code, by keyboard', async ({ page }) => {
  await openPage(page, '/en/codes/icd10pcs');
  for (const [name, address] of [
    [/^0 Surgery and procedures/, '/en/codes/icd10pcs/0'],
    [/^0J Tissue under the skin/, '/en/codes/icd10pcs/0J'],
    [/^0JB Cutting out part/, '/en/codes/icd10pcs/0JB'],
    [/^0JB7 Subcutaneous Tissue and Fascia, Back/, '/en/codes/icd10pcs/0JB7'],
    [/^0JB70 Open/, '/en/codes/icd10pcs/0JB70'],
    [/^0JB70Z No Device/, '/en/codes/icd10pcs/0JB70Z'],
    [/^0JB70ZX Diagnostic/, '/en/codes/icd10pcs/0JB70ZX'],
  ] as const) {
    await page.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(address);
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('0JB70ZX');
});

test('what someone types is read as a code, and a wrong character is pointed out', async ({
  page,
}) => {
  await openPage(page, '/es/codes/icd10pcs');
  await page.getByRole('textbox', { name: 'Código de su factura o carta' }).fill('0jb7-0zx');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/es/codes/icd10pcs/0JB70ZX');

  await openPage(page, '/en/codes/icd10pcs/0JB79ZX');
  await expect(
    page.getByText('Character 5, “\u20669\u2069”, cannot come after \u20660JB7\u2069.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /^0JB70 Open/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^0JB73 Percutaneous/ })).toBeVisible();

  await openPage(page, '/en/codes/icd10pcs/OJB70ZX');
  await expect(page.getByText('never use the letters I or O')).toBeVisible();

  await openPage(page, '/en/codes/icd10pcs/0JB70ZXX');
  await expect(page.getByText('A code has 7 characters.')).toBeVisible();
  await page.getByRole('link', { name: /Did you mean/ }).click();
  await expect(page).toHaveURL('/en/codes/icd10pcs/0JB70ZX');
});

test('search finds codes by code and by words, beside the guides', async ({ page }) => {
  await openPage(page, '/en/search?q=0JB70ZX');
  const codes = page.getByRole('region', { name: 'Hospital procedure codes (ICD-10-PCS)' });
  await codes.getByRole('link', { name: /Explain code/ }).click();
  await expect(page).toHaveURL('/en/codes/icd10pcs/0JB70ZX');

  await openPage(page, '/en/search?q=excision%20back');
  await expect(codes.getByRole('link', { name: /0JB7/ })).toBeVisible();

  await openPage(page, '/es/search?q=espalda');
  const spanish = page.getByRole('region', { name: /ICD-10-PCS/ });
  await expect(spanish.getByRole('status')).not.toHaveText(/^$/);
  await expect(spanish.getByRole('link').first()).toContainText(/espalda/i);
});
