import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/vocabulary';
import { GuideLinkList, sortByTitle, type GuideLink } from '../../components/guide-link-list';
import { PageHead } from '../../components/page-head';

/** `/{lang}/browse/{area|category}/{value}`: the guides in one body area or kind of care. */
export function BrowsePage({
  lang,
  heading,
  guides,
}: {
  lang: Language;
  /** The area's or category's name, already in the reader's language. */
  heading: string;
  guides: readonly GuideLink[];
}) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHead
        title={`${heading} · ${t('site.name')}`}
        description={`${heading}: ${guides.map((guide) => guide.title).join(', ')}`}
      />
      <p className="eyebrow">
        <Link to={`/${lang}/`}>{t('browse.allAreas')}</Link>
      </p>
      <h1 tabIndex={-1}>{heading}</h1>
      <p>{t('home.guideCount', { count: guides.length })}</p>
      <GuideLinkList lang={lang} guides={sortByTitle(lang, guides)} />
    </div>
  );
}
