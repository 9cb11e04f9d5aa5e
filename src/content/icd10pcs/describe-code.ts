/**
 * Puts the code set's official (English) labels into the reader's language: the project's
 * plain names and glosses for positions 1 to 3 and the approach, and the translated labels for
 * the rest. Where a translation is missing, the English label is kept and marked as English.
 */
import type { Language } from '../vocabulary';
import type { CodePart } from './pcs-code';
import type { PcsWords } from './load-directory';

export interface DescribedPart {
  pos: number;
  char: string;
  /** The axis in plain words ("Body part", "How the doctor reaches it"). */
  axis: string;
  meaning: string;
  meaningLang: Language;
  gloss?: string;
  /** The tables file's label, always English. */
  official: string;
}

/** The label in the reader's language, or the English one marked as such. */
export function translateLabel(label: string, lang: Language, words: PcsWords) {
  const translated = lang === 'en' ? label : words.labels[label];
  return translated ? { text: translated, lang } : { text: label, lang: 'en' as Language };
}

export function describePart(
  part: CodePart,
  section: string,
  lang: Language,
  words: PcsWords,
): DescribedPart {
  const { glosses } = words;
  const axis = glosses.axes[part.title] ?? part.title;
  const own =
    part.pos === 1
      ? glosses.sections[part.char]
      : part.pos === 2
        ? glosses.bodySystems[section + part.char]
        : part.pos === 3
          ? glosses.operations[section + part.char]
          : part.title === 'Approach'
            ? glosses.approaches[part.char]
            : undefined;
  if (own && part.pos <= 3)
    return {
      pos: part.pos,
      char: part.char,
      axis,
      meaning: own.name,
      meaningLang: lang,
      gloss: own.gloss,
      official: part.label,
    };
  const label = translateLabel(part.label, lang, words);
  return {
    pos: part.pos,
    char: part.char,
    axis,
    meaning: label.text,
    meaningLang: label.lang,
    gloss: own?.gloss,
    official: part.label,
  };
}

/** Values that say "nothing here" ("No Device", "None") add nothing to a one-line summary. */
const saysNothing = (official: string) => /^(No |None$)/.test(official);

/** "Cutting out part: Subcutaneous tissue and fascia, back · Open · Diagnostic" */
export function summarizeParts(parts: readonly DescribedPart[]): string {
  const [, , operation, ...rest] = parts;
  const details = rest.filter((part) => !saysNothing(part.official)).map((part) => part.meaning);
  return operation ? [operation.meaning, details.join(' · ')].filter(Boolean).join(': ') : '';
}
