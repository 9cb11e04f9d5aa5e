import { readFileSync } from 'node:fs';
import { expect, GUIDES, LANGUAGES, openPage, test } from './fixtures';

const ui = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
const record = (id: string) => JSON.parse(readFileSync(`src/content/guides/${id}.json`, 'utf8'));
const WHOLE = ['skin', 'bone-blood', 'whole-body'];

LANGUAGES.forEach((lang, index) => {
  // A different few guides in each language; the content tests check every guide's data.
  const guides = GUIDES.filter((_, i) => i % 16 === index % 16);
  test(`the body map and the timeline, on screen and on the sheet, in ${lang}`, async ({
    page,
  }) => {
    const strings = ui(lang);
    for (const guide of guides) {
      const code = guide.codes[0]!.code;
      const { timeline } = record(guide.id);
      const area = strings.bodyArea[guide.bodyArea];
      const caption = (
        WHOLE.includes(guide.bodyArea) ? strings.bodyMap.anywhere : strings.bodyMap.caption
      ).replace('{{area}}', area);
      for (const path of [`/${lang}/procedures/${code}`, `/${lang}/procedures/${code}/print`]) {
        await openPage(page, path);
        // The picture is described by its caption, real text; the drawing itself is hidden.
        const figure = page.getByRole('main').getByRole('figure', { name: caption });
        await expect(figure).toBeVisible();
        await expect(figure.locator('svg')).toHaveAttribute('aria-hidden', 'true');
        const moments = page
          .getByRole('region', { name: strings.timeline.heading })
          .getByRole('listitem');
        await expect(moments).toHaveCount(timeline.length);
        await expect(moments.first()).toContainText(strings.timeline.event[timeline[0].event]);
      }
    }
  });
});

for (const lang of ['en', 'ar'])
  test(`the timeline runs in reading order in ${lang}`, async ({ page }) => {
    // Colonoscopy's timeline has several moments.
    await openPage(page, `/${lang}/procedures/45378/walkthrough/recovery`);
    const moments = page
      .getByRole('region', { name: ui(lang).timeline.heading })
      .getByRole('listitem');
    const first = (await moments.nth(0).boundingBox())!;
    const second = (await moments.nth(1).boundingBox())!;
    expect(first.y).toBe(second.y);
    if (lang === 'ar') expect(first.x).toBeGreaterThan(second.x);
    else expect(first.x).toBeLessThan(second.x);
    // Each moment's mark sits at the start of the line, on the right in Arabic.
    const markAtStart = await moments
      .nth(0)
      .evaluate(
        (item, rtl) => getComputedStyle(item, '::before')[rtl ? 'right' : 'left'],
        lang === 'ar',
      );
    expect(markAtStart).toBe('0px');
  });

test('the walkthrough shows a picture for each stage, hidden from screen readers beside its name', async ({
  page,
}) => {
  await openPage(page, '/en/procedures/45378/walkthrough/prepare');
  const steps = page
    .getByRole('navigation', { name: 'Steps of the walkthrough' })
    .getByRole('link');
  await expect(steps).toHaveCount(4);
  for (const step of await steps.all())
    await expect(step.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  await expect(steps.first()).toHaveAccessibleName(/Getting ready/);
});
