// The fixed words of the content model, kept apart from the zod schema so that the start-up
// script can use them without bundling the validator.

export const SUPPORTED_LANGUAGES = ['en', 'es', 'zh-Hans', 'vi', 'ko', 'tl', 'ar'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const STAGES = ['prepare', 'procedure', 'recovery', 'feel'] as const;
export type Stage = (typeof STAGES)[number];

/** `[[term-id]]` or `[[term-id|words shown]]` marks a glossary word inside guide text. */
export const GLOSSARY_MARK = /\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g;

export const BODY_AREAS = [
  'head-brain',
  'eye',
  'ear-nose-throat',
  'chest-lungs',
  'heart',
  'breast',
  'belly',
  'back-spine',
  'urinary-reproductive',
  'arm-hand',
  'hip-leg',
  'skin',
  'bone-blood',
  'whole-body',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/** Areas that are not one place on the body: the body map marks all of it. */
export const WHOLE_BODY_AREAS: readonly BodyArea[] = ['skin', 'bone-blood', 'whole-body'];

/** What a guide's recovery timeline can show, each a translated label. */
export const TIMELINE_EVENTS = [
  'going-home',
  'usual-activities',
  'driving',
  'shower',
  'dressing-off',
  'packing-out',
  'stitches-out',
  'back-to-work',
  'exercise',
  'results',
] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

export const CATEGORIES = [
  'biopsy',
  'scope',
  'scan-test',
  'operation',
  'injection',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
