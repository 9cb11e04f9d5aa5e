import type { DurationRange } from '../content/schema';

/** "30–60 minutes", "30 à 60 minutes"…: CLDR's own wording for each language, via Intl. */
export function formatDurationRange(lang: string, { min, max, unit }: DurationRange): string {
  const format = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' });
  return min === max ? format.format(min) : format.formatRange(min, max);
}

/** A calendar date (YYYY-MM-DD) written out for the reader's language. */
export function formatDate(lang: string, isoDate: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
