import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { STAGES, type Language } from '../../content/vocabulary';
import type { LoadedGuide } from '../../content/load-guide';
import type { GuideAbout } from '../../content/guide-titles';
import { GlossaryProvider, plainText, RichText } from '../../components/rich-text';
import { BulletList } from '../../components/guide-lists';
import { GuideStageContent } from '../../components/guide-stage-content';
import { GetHelpBox } from '../../components/get-help-box';
import { ReviewRecord } from '../../components/review-record';
import { GuideCodes } from '../../components/guide-codes';
import { ClinicNotesBox } from '../../components/clinic-notes-box';
import { formatDurationRange } from '../../lib/format';
import { readingMinutes } from '../../content/reading-time';
import { ReadAloudControl } from '../../components/read-aloud-control';
import { BodyMap } from '../../components/body-map';
import { UnderstandingCheck } from './understanding-check';
import './guide-page.css';
import { PageHead } from '../../components/page-head';

export interface RelatedGuide {
  code: string;
  about: GuideAbout;
}

export function GuidePage({
  guide,
  lang,
  related,
  shareSlot,
}: {
  guide: LoadedGuide;
  lang: Language;
  related: readonly RelatedGuide[];
  /** The share controls, composed in by the app so that features stay independent. */
  shareSlot?: ReactNode;
}) {
  const { t } = useTranslation();
  const { text, record, listing, textLanguage } = guide;
  const base = `/${lang}/procedures/${encodeURIComponent(guide.code)}`;
  const risks = record.risks;
  const keyFacts = [
    { label: 'what', fact: <RichText text={text.keyFacts.what} /> },
    { label: 'howLong', fact: formatDurationRange(textLanguage, record.durations.procedure) },
    { label: 'numbing', fact: <RichText text={text.keyFacts.numbing} /> },
    { label: 'goingHome', fact: <RichText text={text.keyFacts.goingHome} /> },
    { label: 'results', fact: <RichText text={text.keyFacts.results} /> },
  ] as const;
  return (
    <GlossaryProvider glossary={guide.glossary}>
      <article className="guide page" lang={textLanguage} id="guide-text">
        <PageHead
          title={`${text.about.title} · ${t('site.name')}`}
          description={plainText(text.summary, guide.glossary)}
        />
        <header className="guide__header">
          <p className="eyebrow">{t('guide.eyebrow')}</p>
          <h1 tabIndex={-1}>{text.about.title}</h1>
          <GuideCodes codes={listing.codes} titles={text.about.codeTitles} />
          {guide.viaSecondaryCode && (
            <p className="notice" role="note">
              {t('guide.viaSecondaryCode', {
                code: guide.code,
                title: text.about.codeTitles[guide.code],
              })}
            </p>
          )}
          {textLanguage !== lang && (
            <p className="notice" role="note">
              {t('guide.notTranslated')}
            </p>
          )}
        </header>

        <ClinicNotesBox />

        <p className="guide__summary">
          <RichText text={text.summary} />
        </p>

        <section aria-labelledby="key-facts-heading">
          <h2 id="key-facts-heading" className="visually-hidden">
            {t('guide.facts.heading')}
          </h2>
          <dl className="key-facts">
            {keyFacts.map(({ label, fact }) => (
              <div key={label}>
                <dt>{t(`guide.facts.${label}`)}</dt>
                <dd>{fact}</dd>
              </div>
            ))}
          </dl>
          <p className="key-facts__reading-time">
            {t('guide.facts.readingTime', { count: readingMinutes(text, textLanguage) })}
          </p>
        </section>
        <BodyMap area={listing.bodyArea} areaName={t(`bodyArea.${listing.bodyArea}`)} />
        <ReadAloudControl targetId="guide-text" lang={textLanguage} />

        <div className="guide__actions no-print">
          <Link className="button" to={`${base}/walkthrough/prepare`}>
            {t('guide.startWalkthrough')}
          </Link>
          <Link className="button button--secondary" to={`${base}/print`}>
            {t('guide.printSheet')}
          </Link>
          <a className="button button--secondary" href="#get-help">
            {t('guide.jumpToGetHelp')}
          </a>
          {shareSlot}
        </div>

        <section aria-labelledby="purpose-heading">
          <h2 id="purpose-heading">{t('guide.purpose')}</h2>
          <p>
            <RichText text={text.purpose} />
          </p>
          <h3>{t('guide.indications')}</h3>
          <BulletList items={text.indications} />
        </section>

        {STAGES.map((stage) => (
          <section key={stage} className="guide__stage" aria-labelledby={`stage-${stage}`}>
            <h2 id={`stage-${stage}`}>{t(`stage.${stage}.title`)}</h2>
            <GuideStageContent stage={stage} guide={guide} headingLevel={3} />
            <p className="no-print">
              <Link to={`${base}/walkthrough/${stage}`}>
                {t('guide.openStage', { stage: t(`stage.${stage}.title`) })}
              </Link>
            </p>
          </section>
        ))}

        <GetHelpBox getHelp={text.getHelp} headingLevel={2} id="get-help" />

        <section aria-labelledby="risks-heading">
          <h2 id="risks-heading">{t('guide.risks')}</h2>
          <ul className="risk-list">
            {risks.map((risk) => (
              <li key={risk.id}>
                <strong className="risk-list__level">{t(`risk.${risk.howCommon}`)}:</strong>{' '}
                <RichText text={text.risks[risk.id] ?? ''} />
              </li>
            ))}
          </ul>
          <h3>{t('guide.benefits')}</h3>
          <BulletList items={text.benefits} />
          <h3>{t('guide.alternatives')}</h3>
          <BulletList items={text.alternatives} />
        </section>

        <UnderstandingCheck questions={text.understanding} />

        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t('guide.questions')}</h2>
          <BulletList items={text.questions} />
        </section>

        {related.length > 0 && (
          <nav aria-labelledby="related-heading" className="related">
            <h2 id="related-heading">{t('guide.related')}</h2>
            <ul>
              {related.map((item) => (
                <li key={item.code}>
                  <Link to={`/${lang}/procedures/${item.code}`}>{item.about.title}</Link>{' '}
                  <span className="code" dir="ltr">
                    {item.code}
                  </span>
                </li>
              ))}
            </ul>
          </nav>
        )}

        <ReviewRecord
          review={record.review}
          languages={listing.languages}
          lang={lang}
          headingLevel={2}
        />
        <p className="medical-notice">{t('site.medicalNotice')}</p>
      </article>
    </GlossaryProvider>
  );
}
