import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openPage, test } from './fixtures';

const ui = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
const guideText = (lang: string, id: string) =>
  JSON.parse(readFileSync(`locales/${lang}/guides/${id}.json`, 'utf8'));
const plain = (marked: string) =>
  marked.replace(
    /\[\[([^|\]]+)\|([^\]]+)\]\]|\[\[([^\]]+)\]\]/g,
    (_, id, shown, only) => shown ?? (id ?? only).replace(/-/g, ' '),
  );

/**
 * Headless Chromium here has no speech voices, so the browser's speech interface is replaced
 * by a recorder with the voices given (a mock, the only one in these tests): it records each
 * utterance's text and language, and reads one sentence each time the test says so.
 */
async function recordSpeech(page: Page, voices: string[]) {
  await page.addInitScript((voiceTags: string[]) => {
    const spoken: { text: string; lang: string }[] = [];
    const calls: string[] = [];
    const queue: (EventTarget & { text: string; lang: string })[] = [];
    let current: (typeof queue)[number] | undefined;
    const startNext = () => {
      current = queue.shift();
      if (current) current.dispatchEvent(new Event('start'));
    };
    class Utterance extends EventTarget {
      lang = '';
      voice: unknown = null;
      constructor(public text: string) {
        super();
      }
    }
    const synth = {
      getVoices: () =>
        voiceTags.map((lang) => ({
          lang,
          name: `Test ${lang}`,
          voiceURI: lang,
          default: false,
          localService: true,
        })),
      speak(utterance: Utterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang });
        queue.push(utterance);
        if (!current) startNext();
      },
      cancel() {
        calls.push('cancel');
        queue.length = 0;
        current = undefined;
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
    Object.assign(window, {
      __speech: { spoken, calls },
      __finishSentence: () => {
        current?.dispatchEvent(new Event('end'));
        startNext();
      },
    });
  }, voices);
}

const speech = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __speech: { spoken: { text: string; lang: string }[]; calls: string[] };
        }
      ).__speech,
  );
const highlighted = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('read-aloud') ?? [])].map((range) => range.toString()).join(''),
  );

test('Listen reads the guide aloud in its language, sentence by sentence, with pause and stop', async ({
  page,
}) => {
  await recordSpeech(page, ['en-US', 'es-ES']);
  const es = ui('es');
  const text = guideText('es', 'colonoscopy');
  await openPage(page, '/es/procedures/45378');
  await page.getByRole('button', { name: es.listen.play }).click();
  await expect(page.getByRole('status').filter({ hasText: es.listen.reading })).toBeVisible();

  const { spoken } = await speech(page);
  expect(spoken.every(({ lang }) => lang === 'es-ES')).toBe(true);
  const all = spoken.map((s) => s.text).join(' ');
  expect(spoken[0]!.text).toBe(ui('es').guide.eyebrow);
  expect(all).toContain(text.about.title);
  // The summary's first sentence, as the reader sees it (glossary words as shown).
  expect(all).toContain(plain(text.summary).split('. ')[0]);
  // Not read: the glossary's pop-up definitions, and the controls themselves.
  const glossary = JSON.parse(readFileSync('locales/es/glossary.json', 'utf8'));
  expect(all).not.toContain(glossary.colonoscope.definition);
  expect(all).not.toContain(es.listen.play);

  // The sentence being read is the one highlighted.
  await expect.poll(() => highlighted(page)).toBe(spoken[0]!.text);
  await page.evaluate(() =>
    (window as unknown as { __finishSentence: () => void }).__finishSentence(),
  );
  await expect.poll(() => highlighted(page)).toBe(spoken[1]!.text);

  await page.getByRole('button', { name: es.listen.pause }).click();
  await expect(page.getByRole('status').filter({ hasText: es.listen.paused })).toBeVisible();
  await page.getByRole('button', { name: es.listen.resume }).click();
  await page.getByRole('button', { name: es.listen.stop }).click();
  expect((await speech(page)).calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
  await expect.poll(() => highlighted(page)).toBe('');
  await expect(page.getByRole('button', { name: es.listen.play })).toBeFocused();
});

test('Listen on a walkthrough stage reads that stage', async ({ page }) => {
  await recordSpeech(page, ['ar-SA']);
  const ar = ui('ar');
  const text = guideText('ar', 'colonoscopy');
  await openPage(page, '/ar/procedures/45378/walkthrough/recovery');
  await page.getByRole('button', { name: ar.listen.play }).click();
  const all = (await speech(page)).spoken.map((s) => s.text).join(' ');
  expect(all).toContain(plain(text.recovery.firstHours[0]).split('.')[0]);
  expect(all).not.toContain(plain(text.prepare.daysBefore[0]).split('.')[0]);
  expect((await speech(page)).spoken.every(({ lang }) => lang === 'ar-SA')).toBe(true);
});

test('Listen says plainly when the device has no voice for the language', async ({ page }) => {
  await recordSpeech(page, ['en-US']);
  const ko = ui('ko');
  await openPage(page, '/ko/procedures/45378');
  await page.getByRole('button', { name: ko.listen.play }).click();
  await expect(page.getByRole('status').filter({ hasText: '한국어' })).toHaveText(
    ko.listen.noVoice.replace('{{language}}', '한국어'),
  );
  expect((await speech(page)).spoken).toEqual([]);
});

test('the questions work by keyboard alone, and explain each answer', async ({ page }) => {
  const text = guideText('en', 'colonoscopy');
  const [first] = text.understanding;
  await openPage(page, '/en/procedures/45378');
  const question = page.getByRole('group', { name: first.question });
  await question.getByRole('radio').first().focus();
  // Arrow keys move through the choices; pick a wrong one first.
  const wrong = first.answer === 0 ? 1 : 0;
  for (let i = 0; i < wrong; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Check my answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toContainText(
    `Not quite. The answer is: ${first.choices[first.answer]}`,
  );
  await page.keyboard.press('Shift+Tab');
  for (let i = wrong; i < first.answer; i++) await page.keyboard.press('ArrowDown');
  for (let i = first.answer; i < wrong; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toContainText('Right.');
  await expect(question.getByRole('status')).toContainText(plain(first.explanation));
});

test('text size: four steps, remembered on this device', async ({ page }) => {
  await openPage(page, '/en/procedures/45378');
  const select = page.getByRole('combobox', { name: 'Text size' });
  await select.selectOption({ label: 'Largest text' });
  await expect(page.locator('html')).toHaveCSS('font-size', '28px');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('largest');
  await expect(page.locator('html')).toHaveCSS('font-size', '28px');
  await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Normal text' });
  await expect(page.locator('html')).toHaveCSS('font-size', '16px');
});

const PAGE_TYPES = [
  '',
  'search?q=biopsy',
  'browse/area/belly',
  'procedures/45378',
  'procedures/45378/walkthrough/procedure',
  'procedures/45378/print',
  'codes/icd10pcs',
  'codes/icd10pcs/0DJD8ZZ',
  'no/such/page',
];

/** Widths in CSS pixels: a small phone, and a 1280-pixel window zoomed to 200%. */
for (const { width, height, name } of [
  { width: 320, height: 640, name: '320 px' },
  { width: 640, height: 400, name: '200% zoom' },
])
  for (const lang of ['en', 'ar'])
    test(`no sideways scrolling at ${name} in ${lang}, on every page type`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      for (const path of PAGE_TYPES) {
        await openPage(page, `/${lang}/${path}`);
        const overflow = await page.evaluate(() => {
          const { scrollWidth, clientWidth } = document.documentElement;
          const wide = [...document.querySelectorAll('body *')]
            .filter(
              (el) =>
                el.getBoundingClientRect().right > clientWidth + 1 ||
                el.getBoundingClientRect().left < -1,
            )
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return scrollWidth > clientWidth ? wide : [];
        });
        expect(overflow, `${lang}/${path}`).toEqual([]);
      }
    });

for (const lang of ['en', 'ar'])
  test(`axe finds nothing under forced colours in ${lang}`, async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    for (const path of [
      '',
      'procedures/45378',
      'procedures/45378/walkthrough/prepare',
      'codes/icd10pcs/0DJD8ZZ',
    ]) {
      await openPage(page, `/${lang}/${path}`);
      await expectNoAxeViolations(page);
    }
  });
