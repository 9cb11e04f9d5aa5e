import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language, Stage } from '../../content/vocabulary';
import type { LoadedGuide } from '../../content/load-guide';
import { GlossaryProvider, RichText, termsUsed } from '../../components/rich-text';
import { BulletList } from '../../components/guide-lists';
import { GuideStageContent } from '../../components/guide-stage-content';
import { GetHelpBox } from '../../components/get-help-box';
import { GuideCodes } from '../../components/guide-codes';
import { ReviewRecord } from '../../components/review-record';
import { collectStrings } from '../../content/readability';
import { formatDate } from '../../lib/format';
import './print-sheet-page.css';

// On paper, what you will feel sits next to what happens, before recovery.
const SHEET_STAGE_ORDER: readonly Stage[] = ['prepare', 'procedure', 'feel', 'recovery'];

/** The take-home sheet: designed for paper first, at most two pages on Letter and A4. */
export function PrintSheetPage({
  guide,
  lang,
  guideUrl,
  today,
}: {
  guide: LoadedGuide;
  lang: Language;
  /** The online guide's full address, printed so the reader can find it again. */
  guideUrl: string;
  /** YYYY-MM-DD, the day it is printed. */
  today: string;
}) {
  const { t } = useTranslation();
  const { text, record, listing } = guide;
  const glossaryIds = termsUsed(collectStrings(text));
  return (
    <GlossaryProvider glossary={guide.glossary}>
      <div className="sheet-toolbar no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('sheet.print')}
        </button>
        <Link to={`/${lang}/procedures/${encodeURIComponent(guide.code)}`}>
          {t('sheet.backToGuide')}
        </Link>
      </div>
      <article className="sheet" lang={guide.textLanguage}>
        <title>{`${t('sheet.title', { title: text.about.title })} · ${t('site.name')}`}</title>
        <header className="sheet__header">
          <p className="sheet__brand">
            {t('site.name')} · {t('sheet.kind')}
          </p>
          <h1 tabIndex={-1}>{text.about.title}</h1>
          <GuideCodes codes={listing.codes} titles={text.about.codeTitles} />
          <p className="sheet__meta">
            {t('sheet.printedOn', { date: formatDate(lang, today) })} · {t('sheet.onlineAt')}{' '}
            <span dir="ltr">{guideUrl}</span>
          </p>
        </header>
        <p className="sheet__summary">
          <RichText text={text.summary} />
        </p>

        <div className="sheet__body">
          {/* First on paper: the one part a reader must find fast at home. */}
          <GetHelpBox getHelp={text.getHelp} headingLevel={2} id="sheet-get-help" />
          {SHEET_STAGE_ORDER.map((stage) => (
            <section key={stage} className="sheet__section">
              <h2>{t(`stage.${stage}.title`)}</h2>
              <GuideStageContent stage={stage} guide={guide} headingLevel={3} />
            </section>
          ))}
          <section className="sheet__section sheet__questions">
            <h2>{t('guide.questions')}</h2>
            <BulletList items={text.questions} />
            <p className="sheet__write-label">{t('sheet.notesSpace')}</p>
            <div className="sheet__write" aria-hidden="true" />
          </section>
          {glossaryIds.length > 0 && (
            <section className="sheet__section">
              <h2>{t('sheet.glossary')}</h2>
              <dl className="sheet__glossary">
                {glossaryIds.map((id) => {
                  const entry = guide.glossary[id];
                  return entry ? (
                    <div key={id}>
                      <dt>{entry.term}</dt>
                      <dd>{entry.definition}</dd>
                    </div>
                  ) : null;
                })}
              </dl>
            </section>
          )}
          <div className="sheet__section sheet__record">
            <ReviewRecord review={record.review} lang={lang} headingLevel={2} />
          </div>
          <p className="medical-notice">{t('site.medicalNotice')}</p>
        </div>
      </article>
    </GlossaryProvider>
  );
}
