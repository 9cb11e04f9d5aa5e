import { Link } from 'react-router';
import type { Language } from '../content/vocabulary';
import { GuideCode, GuideTitle } from './guide-title';
import './guide-link-list.css';

export interface GuideLink {
  code: string;
  title: string;
  /** The title's language: English where the guide is not yet in the page's language. */
  titleLang: Language;
}

/** Guides as links with their main code, sorted by title for the reader's language. */
export function GuideLinkList({ lang, guides }: { lang: Language; guides: readonly GuideLink[] }) {
  return (
    <ul className="guide-link-list">
      {guides.map((guide) => (
        <li key={guide.code}>
          <Link to={`/${lang}/procedures/${guide.code}`}>
            <GuideTitle title={guide.title} titleLang={guide.titleLang} lang={lang} />
          </Link>{' '}
          <span className="guide-link-list__code">
            <GuideCode code={guide.code} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function sortByTitle<T extends GuideLink>(lang: Language, guides: readonly T[]): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...guides].sort((a, b) => collator.compare(a.title, b.title));
}
