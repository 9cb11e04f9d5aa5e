import { useId } from 'react';
import { useContentTranslation } from './content-language';
import type { GuideListing, GuideRecord, Language } from '../content/schema';
import { formatDate } from '../lib/format';
import { languageAutonym } from '../lib/language';

/** What was checked, by whom and when, said plainly in the reader's language. */
export function ReviewRecord({
  review,
  languages,
  lang,
  headingLevel,
}: {
  review: GuideRecord['review'];
  /** Each language the guide is offered in, with how far its text was checked. */
  languages: GuideListing['languages'];
  lang: Language;
  headingLevel: 2 | 3;
}) {
  const { t } = useContentTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const clinicianChecked = review.checks.some((check) => check.kind === 'clinician');
  const status = languages[lang];
  // A guide page also holds its (print-only) sheet, so the heading's id must be unique.
  const headingId = useId();
  return (
    <section className="review-record" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('review.heading')}</Heading>
      <ul className="review-record__checks">
        {review.checks.map((check) => (
          <li key={`${check.kind}-${check.date}`}>
            {t(`review.check.${check.kind}`, { date: formatDate(lang, check.date) })}
          </li>
        ))}
        {!clinicianChecked && <li>{t('review.noClinician')}</li>}
        <li>{status ? t(`review.status.${status}`) : t('review.notTranslated')}</li>
      </ul>
      <dl className="review-record__dates">
        <div>
          <dt>{t('review.lastReviewed')}</dt>
          <dd>{formatDate(lang, review.lastReviewed)}</dd>
        </div>
        <div>
          <dt>{t('review.reviewDue')}</dt>
          <dd>{formatDate(lang, review.reviewDue)}</dd>
        </div>
      </dl>
      <Sub>{t('review.sources')}</Sub>
      <ul className="review-record__sources">
        {review.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noreferrer" className="print-url">
              {source.name}
            </a>{' '}
            <span className="review-record__read">
              ({t('review.sourceRead', { date: formatDate(lang, source.read) })})
            </span>
          </li>
        ))}
      </ul>
      <div className="review-record__languages">
        <Sub>{t('review.languagesHeading')}</Sub>
        <ul>
          {Object.entries(languages).map(([code, languageStatus]) => (
            <li key={code}>
              <span lang={code}>{languageAutonym(code as Language)}</span>
              {': '}
              {t(`review.statusShort.${languageStatus}`)}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
