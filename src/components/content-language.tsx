import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../content/vocabulary';

const ContentLanguageContext = createContext<Language | undefined>(undefined);

/** Marks a part of the page written in another language than the page (a bilingual sheet). */
export function ContentLanguage({ lang, children }: { lang: Language; children: ReactNode }) {
  return <ContentLanguageContext.Provider value={lang}>{children}</ContentLanguageContext.Provider>;
}

/** i18next's `t` in the language of the content around it: the page's, unless marked. */
export function useContentTranslation() {
  const lng = useContext(ContentLanguageContext);
  return useTranslation(undefined, lng ? { lng } : undefined);
}
