import { z } from 'zod';
import { BODY_AREAS, CATEGORIES, SUPPORTED_LANGUAGES, TIMELINE_EVENTS } from './vocabulary.ts';

export type { Language } from './vocabulary.ts';

/**
 * The one source of truth for content: TypeScript types are inferred from these schemas, and
 * the same schemas validate every content file in tests, in `npm run content:check` and at
 * build time, so malformed content fails with the file, the field and the reason.
 */

export const languageSchema = z.enum(SUPPORTED_LANGUAGES);

const isoDate = z.iso.date();
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const codeSchema = z.object({
  system: z.enum(['cpt', 'icd10pcs']),
  code: z.string().regex(/^[0-9A-Z]{5,7}$/, 'must be a 5–7 character code'),
});
export type MedicalCode = z.infer<typeof codeSchema>;

/** A range of time, kept as numbers so every language formats it with Intl. */
export const durationRangeSchema = z
  .object({
    min: z.number().positive(),
    max: z.number().positive(),
    unit: z.enum(['minute', 'hour', 'day', 'week']),
  })
  .refine((d) => d.min <= d.max, { message: 'min must not exceed max' });
export type DurationRange = z.infer<typeof durationRangeSchema>;

export const translationStatusSchema = z.enum(['source', 'machine-assisted', 'reviewed']);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

export const sourceSchema = z.object({
  name: z.string().min(3),
  url: z.url({ protocol: /^https?$/ }),
  read: isoDate,
});

export const reviewCheckSchema = z.object({
  kind: z.enum(['team-draft', 'second-read', 'clinician']),
  date: isoDate,
});

/** What the search, browse and code look-up need of a guide, in every language. */
export const guideListingSchema = z.object({
  id: slug,
  codes: z.array(codeSchema).min(1),
  bodyArea: z.enum(BODY_AREAS),
  category: z.enum(CATEGORIES),
  /** Each language the guide is offered in, and how far its text was checked. */
  languages: z.partialRecord(languageSchema, translationStatusSchema),
});
export type GuideListing = z.infer<typeof guideListingSchema>;

/** The language-neutral record of a guide: `src/content/guides/{id}.json`. */
export const guideRecordSchema = z.strictObject({
  listing: guideListingSchema,
  related: z.array(slug),
  durations: z.strictObject({
    procedure: durationRangeSchema,
    results: durationRangeSchema.optional(),
  }),
  // When things happen after the procedure, only as the guide's text states them.
  timeline: z
    .array(
      z.strictObject({
        event: z.enum(TIMELINE_EVENTS),
        after: z.union([
          z.enum(['same-day', 'same-or-next-day', 'next-morning']),
          durationRangeSchema,
        ]),
      }),
    )
    .min(1),
  risks: z
    .array(z.strictObject({ id: slug, howCommon: z.enum(['common', 'uncommon', 'rare']) }))
    .min(1),
  review: z.strictObject({
    sources: z.array(sourceSchema).min(2),
    lastReviewed: isoDate,
    reviewDue: isoDate,
    checks: z.array(reviewCheckSchema).min(1),
  }),
});
export type GuideRecord = z.infer<typeof guideRecordSchema>;

const text = z.string().trim().min(1, 'must not be empty');
const list = z.array(text).min(1);

/** A guide's words in one language: `locales/{lang}/guides/{id}.json`, an i18next namespace. */
export const guideTextSchema = z.strictObject({
  about: z.strictObject({
    title: text,
    otherNames: list,
    codeTitles: z.record(z.string(), text),
  }),
  summary: text,
  // The first lines a reader sees; how long it takes comes from the record's durations.
  keyFacts: z.strictObject({
    what: text,
    numbing: text,
    goingHome: text,
    results: text,
  }),
  // Teach-back questions: the answer index is the same in every language (a content test).
  understanding: z
    .array(
      z.strictObject({
        question: text,
        choices: z.array(text).length(3),
        answer: z.number().int().min(0).max(2),
        explanation: text,
      }),
    )
    .min(3)
    .max(5),
  purpose: text,
  indications: list,
  prepare: z.strictObject({
    daysBefore: list,
    nightBefore: list,
    morningOf: list,
    bring: list,
    ride: text,
  }),
  procedure: z.strictObject({
    where: text,
    people: list,
    steps: list,
  }),
  recovery: z.strictObject({
    firstHours: list,
    firstDays: list,
    // Scans and tests leave no wound to care for.
    wound: list.optional(),
    activity: list,
    results: list,
  }),
  feel: z.strictObject({
    before: list,
    during: list,
    after: list,
  }),
  risks: z.record(slug, text),
  benefits: list,
  alternatives: list,
  getHelp: z.strictObject({
    emergency: list,
    callCareTeam: list,
  }),
  questions: list,
});
export type GuideText = z.infer<typeof guideTextSchema>;

/** Medical words kept in guide text, defined once per language: `locales/{lang}/glossary.json`. */
export const glossarySchema = z.record(slug, z.strictObject({ term: text, definition: text }));
export type Glossary = z.infer<typeof glossarySchema>;
