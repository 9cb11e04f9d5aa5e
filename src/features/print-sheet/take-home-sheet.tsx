import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Stage } from '../../content/vocabulary';
import type { LoadedGuide } from '../../content/load-guide';
import { GlossaryProvider, RichText, termsUsed } from '../../components/rich-text';
import { BulletList } from '../../components/guide-lists';
import { GuideStageContent } from '../../components/guide-stage-content';
import { GetHelpBox } from '../../components/get-help-box';
import { GuideCodes } from '../../components/guide-codes';
import { ReviewRecord } from '../../components/review-record';
import { ClinicNotesBox } from '../../components/clinic-notes-box';
import { ContentLanguage, useContentTranslation } from '../../components/content-language';
import { collectStrings } from '../../content/readability';
import { formatDate } from '../../lib/format';
import { useOpenOrigin, useToday } from '../../lib/page-address';
import { languageAutonym, textDirection } from '../../lib/language';
import { QrCode } from '../../components/qr-code';
import { BodyMap } from '../../components/body-map';
import { StagePicture } from '../../components/stage-picture';
import './take-home-sheet.css';

// On paper, what you will feel sits next to what happens, before recovery.
const SHEET_STAGE_ORDER: readonly Stage[] = ['prepare', 'procedure', 'feel', 'recovery'];

/**
 * One part of the sheet in the guide's language and, on a bilingual sheet, the same part in
 * the second language right after it, each marked with its own `lang` and `dir`.
 */
function Paired({
  guides,
  children,
}: {
  guides: readonly LoadedGuide[];
  children: (guide: LoadedGuide, index: number) => ReactNode;
}) {
  return guides.map((guide, index) => (
    <ContentLanguage key={guide.textLanguage} lang={guide.textLanguage}>
      <GlossaryProvider glossary={guide.glossary}>
        <div
          className={index > 0 ? 'sheet__second' : undefined}
          lang={guide.textLanguage}
          dir={textDirection(guide.textLanguage)}
        >
          {children(guide, index)}
        </div>
      </GlossaryProvider>
    </ContentLanguage>
  ));
}

function SheetQuestions({ guide }: { guide: LoadedGuide }) {
  const { t } = useContentTranslation();
  return (
    <section className="sheet__section sheet__questions">
      <h2>{t('guide.questions')}</h2>
      <BulletList items={guide.text.questions} />
    </section>
  );
}

function SheetStage({ guide, stage }: { guide: LoadedGuide; stage: Stage }) {
  const { t } = useContentTranslation();
  return (
    <section className="sheet__section">
      <h2>
        <StagePicture stage={stage} /> {t(`stage.${stage}.title`)}
      </h2>
      <GuideStageContent stage={stage} guide={guide} headingLevel={3} />
    </section>
  );
}

function SheetGlossary({ guide }: { guide: LoadedGuide }) {
  const { t } = useContentTranslation();
  // Only the words this sheet prints: risks and alternatives are left to the online guide.
  const { summary, getHelp, prepare, procedure, feel, recovery, questions } = guide.text;
  const printed = [summary, getHelp, prepare, procedure, feel, recovery, questions];
  const entries = termsUsed(collectStrings(printed)).flatMap((id) => {
    const entry = guide.glossary[id];
    return entry ? [{ id, ...entry }] : [];
  });
  if (entries.length === 0) return null;
  return (
    <section className="sheet__section">
      <h2>{t('sheet.glossary')}</h2>
      <dl className="sheet__glossary">
        {entries.map((entry) => (
          <div key={entry.id}>
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export interface TakeHomeSheetProps {
  guide: LoadedGuide;
  /** The same guide in a second language, for family and staff. */
  second?: LoadedGuide;
  lang: Language;
}

/**
 * The take-home sheet: designed for paper first, at most two pages on Letter and A4 in one
 * language, four with a second language (`?also=…`) paired section by section.
 */
export function TakeHomeSheet({ guide, second, lang }: TakeHomeSheetProps) {
  const { t } = useTranslation();
  // The online guide's address, printed and as a QR code so the reader finds it again.
  const guideUrl = `${useOpenOrigin()}/${lang}/procedures/${encodeURIComponent(guide.code)}`;
  const today = useToday();
  const guides = second ? [guide, second] : [guide];
  return (
    <article className="sheet" data-languages={guides.length}>
      <header className="sheet__header">
        <p className="sheet__brand">
          {t('site.name')} · {t('sheet.kind')}
          {second && ` · ${languageAutonym(second.textLanguage)}`}
        </p>
        <Paired guides={guides}>
          {(item, index) =>
            index === 0 ? (
              <h1 tabIndex={-1}>{item.text.about.title}</h1>
            ) : (
              <p className="sheet__second-title">{item.text.about.title}</p>
            )
          }
        </Paired>
        <GuideCodes codes={guide.listing.codes} titles={guide.text.about.codeTitles} />
        <p className="sheet__meta">
          {today && `${t('sheet.printedOn', { date: formatDate(lang, today) })} · `}
          {t('sheet.onlineAt')} <span dir="ltr">{guideUrl}</span>
        </p>
        <BodyMap area={guide.listing.bodyArea} areaName={t(`bodyArea.${guide.listing.bodyArea}`)} />
        <figure className="sheet__qr">
          <QrCode value={guideUrl} label={t('sheet.qrLabel')} className="sheet__qr-code" />
          <figcaption aria-hidden="true">{t('sheet.qrLabel')}</figcaption>
        </figure>
      </header>
      <div className="sheet__body">
        <Paired guides={guides}>
          {(item) => (
            <p className="sheet__summary">
              <RichText text={item.text.summary} />
            </p>
          )}
        </Paired>
        <ClinicNotesBox />
        {/* First on paper: the one part a reader must find fast at home. */}
        <Paired guides={guides}>
          {(item, index) => (
            <GetHelpBox
              getHelp={item.text.getHelp}
              headingLevel={2}
              id={index === 0 ? 'sheet-get-help' : `sheet-get-help-${item.textLanguage}`}
            />
          )}
        </Paired>
        {SHEET_STAGE_ORDER.map((stage) => (
          <Paired key={stage} guides={guides}>
            {(item) => <SheetStage guide={item} stage={stage} />}
          </Paired>
        ))}
        <Paired guides={guides}>{(item) => <SheetQuestions guide={item} />}</Paired>
        <section className="sheet__section">
          <p className="sheet__write-label">{t('sheet.notesSpace')}</p>
          <div className="sheet__write" aria-hidden="true" />
        </section>
        <Paired guides={guides}>{(item) => <SheetGlossary guide={item} />}</Paired>
        <div className="sheet__section sheet__record">
          <ReviewRecord
            review={guide.record.review}
            languages={guide.listing.languages}
            lang={lang}
            headingLevel={2}
          />
        </div>
        <Paired guides={guides}>{() => <SheetNotice />}</Paired>
      </div>
    </article>
  );
}

function SheetNotice() {
  const { t } = useContentTranslation();
  return <p className="medical-notice">{t('site.medicalNotice')}</p>;
}
