import { createContext, useContext, type ReactNode } from 'react';
import { GLOSSARY_MARK } from '../content/vocabulary';
import type { Glossary } from '../content/schema';
import { GlossaryTerm } from './glossary-term';

const GlossaryContext = createContext<Glossary>({});

export function GlossaryProvider({
  glossary,
  children,
}: {
  glossary: Glossary;
  children: ReactNode;
}) {
  return <GlossaryContext.Provider value={glossary}>{children}</GlossaryContext.Provider>;
}

/**
 * Guide text as React text nodes, with `[[term]]` marks turned into glossary terms. Content is
 * never parsed as HTML, so markup in it shows as the characters it is.
 */
export function RichText({ text }: { text: string }) {
  const glossary = useContext(GlossaryContext);
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(GLOSSARY_MARK)) {
    const [whole, id = '', shown] = match;
    parts.push(text.slice(last, match.index));
    const entry = Object.hasOwn(glossary, id) ? glossary[id] : undefined;
    const words = shown ?? entry?.term ?? id;
    parts.push(
      entry ? (
        <GlossaryTerm key={match.index} definition={entry.definition}>
          {words}
        </GlossaryTerm>
      ) : (
        words
      ),
    );
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/** The glossary terms used in some text, in first-use order. */
export function termsUsed(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const [, id] of text.matchAll(GLOSSARY_MARK)) if (id) seen.add(id);
  return [...seen];
}

/** Guide text with its glossary marks replaced by their words: for titles and descriptions. */
export function plainText(text: string, glossary: Glossary): string {
  return text.replace(
    GLOSSARY_MARK,
    (_whole, id: string, shown?: string) =>
      shown ?? (Object.hasOwn(glossary, id) ? glossary[id]?.term : undefined) ?? id,
  );
}
