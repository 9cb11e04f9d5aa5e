import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TakeHomeSheet, type TakeHomeSheetProps } from './take-home-sheet';
import { PageHead } from '../../components/page-head';
import { plainText } from '../../components/rich-text';

/** The sheet's own page: the sheet, with a print button and a way back above it on screen. */
export function PrintSheetPage(props: TakeHomeSheetProps) {
  const { t } = useTranslation();
  const { guide, lang } = props;
  return (
    <>
      <PageHead
        title={`${t('sheet.title', { title: guide.text.about.title })} · ${t('site.name')}`}
        description={plainText(guide.text.summary, guide.glossary)}
      />
      <div className="sheet-toolbar no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('sheet.print')}
        </button>
        <Link to={`/${lang}/procedures/${encodeURIComponent(guide.code)}`}>
          {t('sheet.backToGuide')}
        </Link>
      </div>
      <TakeHomeSheet {...props} />
    </>
  );
}

/**
 * The same sheet, hidden on screen, so that the browser's own print command on a guide or
 * walkthrough page prints the take-home sheet rather than the screen layout. It is added after
 * the page is drawn, to keep the page's first paint and its HTML small.
 */
export function PrintOnlySheet(props: TakeHomeSheetProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true));
    return () => clearTimeout(timer);
  }, []);
  if (!ready) return null;
  return (
    // `hidden` keeps it out of the page on screen and from assistive technology; print CSS shows it.
    <div className="print-only" hidden>
      <TakeHomeSheet {...props} />
    </div>
  );
}
