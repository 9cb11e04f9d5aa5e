import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const LANGUAGES = ['en', 'es', 'zh-Hans', 'vi', 'ko', 'tl', 'ar'] as const;
export type TestLanguage = (typeof LANGUAGES)[number];
interface Listing {
  id: string;
  codes: { code: string }[];
  bodyArea: string;
  category: string;
  languages: Partial<Record<TestLanguage, string>>;
}

/** Every guide in the library, read from the content files the build uses. */
export const GUIDES: Listing[] = readdirSync('src/content/guides')
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`src/content/guides/${file}`, 'utf8')).listing);
/** A guide's words in one language, read from the content files. */
export function guideText(lang: string, id: string) {
  return JSON.parse(readFileSync(`locales/${lang}/guides/${id}.json`, 'utf8')) as {
    about: { title: string; otherNames: string[] };
  };
}
export const STAGES = ['prepare', 'procedure', 'recovery', 'feel'] as const;

/**
 * Every test records each request the page makes, every uncaught error and every
 * Content-Security-Policy violation, and fails if any request leaves the site's origin, any
 * script error is thrown or the policy blocks anything.
 */
export const test = base.extend<{ requests: URL[]; pageErrors: string[] }>({
  requests: [
    async ({ page, baseURL }, use) => {
      const requests: URL[] = [];
      page.on('request', (request) => requests.push(new URL(request.url())));
      await use(requests);
      const origin = new URL(baseURL!).origin;
      const foreign = requests.filter((url) => url.origin !== origin && url.protocol !== 'data:');
      expect(foreign.map(String), 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'uncaught errors and policy violations in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** WCAG 2.2 A and AA rules (axe tags), with zero violations allowed. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** The app has taken over the page (prerendered HTML shows before that): buttons now work. */
export async function waitForApp(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/** Opens an address and waits for its main heading and for the app to take over. */
export async function openPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await waitForApp(page);
}

/** Text that looks like an untranslated interface key ("guide.facts.howLong"). */
export const RAW_KEY =
  /\b(site|home|search|notFound|error|guide|stage|getHelp|risk|codeSystem|review|walkthrough|sheet|share|browse|bodyArea|category|codes|offline|notes)\.[a-zA-Z]/;
