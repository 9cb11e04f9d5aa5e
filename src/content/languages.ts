// Kept apart from the zod schema so that the start-up script can know the languages and
// stages without bundling the validator.

export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const STAGES = ['prepare', 'procedure', 'recovery', 'feel'] as const;
export type Stage = (typeof STAGES)[number];

/** `[[term-id]]` or `[[term-id|words shown]]` marks a glossary word inside guide text. */
export const GLOSSARY_MARK = /\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g;
