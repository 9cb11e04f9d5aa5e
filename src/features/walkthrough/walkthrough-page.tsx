import { useEffect, useEffectEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { STAGES, type Language, type Stage } from '../../content/vocabulary';
import type { LoadedGuide } from '../../content/load-guide';
import { GlossaryProvider, plainText } from '../../components/rich-text';
import { GuideStageContent } from '../../components/guide-stage-content';
import { ReadAloudControl } from '../../components/read-aloud-control';
import { StagePicture } from '../../components/stage-picture';
import { GetHelpBox } from '../../components/get-help-box';
import { ClinicNotesBox } from '../../components/clinic-notes-box';
import { textDirection } from '../../lib/language';
import './walkthrough-page.css';
import { PageHead } from '../../components/page-head';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** One stage of the walkthrough, with progress and previous/next in reading order. */
export function WalkthroughPage({
  guide,
  lang,
  stage,
}: {
  guide: LoadedGuide;
  lang: Language;
  stage: Stage;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const index = STAGES.indexOf(stage);
  const previous = STAGES[index - 1];
  const next = STAGES[index + 1];
  const base = `/${lang}/procedures/${encodeURIComponent(guide.code)}`;
  const stageTitle = t(`stage.${stage}.title`);
  const rtl = textDirection(lang) === 'rtl';

  // Arrow keys step through the stages, following the reading direction. An effect event
  // always sees the stage on screen, even when keys come faster than effects run again.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (isTyping(event.target)) return;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const target = event.key === forward ? next : event.key === backward ? previous : undefined;
    if (!target) return;
    event.preventDefault();
    void navigate(`${base}/walkthrough/${target}`);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <GlossaryProvider glossary={guide.glossary}>
      <div className="walkthrough page" lang={guide.textLanguage} id={`walkthrough-${stage}`}>
        <PageHead
          title={`${stageTitle} · ${guide.text.about.title} · ${t('site.name')}`}
          description={plainText(guide.text.summary, guide.glossary)}
        />
        <p className="eyebrow">
          <Link to={base}>{guide.text.about.title}</Link>
        </p>
        <nav aria-label={t('walkthrough.progressLabel')} className="walkthrough__progress">
          <ol>
            {STAGES.map((item, i) => (
              <li key={item} data-state={i < index ? 'done' : i === index ? 'current' : 'todo'}>
                <Link
                  to={`${base}/walkthrough/${item}`}
                  aria-current={item === stage ? 'step' : undefined}
                >
                  <span className="walkthrough__number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <StagePicture stage={item} />
                  <span>{t(`stage.${item}.title`)}</span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <h1 tabIndex={-1}>
          <span className="walkthrough__step-of">
            {t('walkthrough.stepOf', { current: index + 1, total: STAGES.length })}
          </span>{' '}
          {stageTitle}
        </h1>
        <ReadAloudControl targetId={`walkthrough-${stage}`} lang={guide.textLanguage} />
        <ClinicNotesBox />
        <p className="walkthrough__intro">{t(`stage.${stage}.intro`)}</p>
        <GuideStageContent stage={stage} guide={guide} headingLevel={2} />
        {stage === 'recovery' && <GetHelpBox getHelp={guide.text.getHelp} headingLevel={2} />}
        <nav aria-label={t('walkthrough.pagerLabel')} className="walkthrough__pager">
          {previous ? (
            <Link
              to={`${base}/walkthrough/${previous}`}
              rel="prev"
              className="button button--secondary"
            >
              <span aria-hidden="true" className="arrow arrow--back" />
              {t('walkthrough.previous', { stage: t(`stage.${previous}.title`) })}
            </Link>
          ) : (
            <Link to={base} className="button button--secondary">
              <span aria-hidden="true" className="arrow arrow--back" />
              {t('walkthrough.backToGuide')}
            </Link>
          )}
          {next ? (
            <Link to={`${base}/walkthrough/${next}`} rel="next" className="button">
              {t('walkthrough.next', { stage: t(`stage.${next}.title`) })}
              <span aria-hidden="true" className="arrow arrow--forward" />
            </Link>
          ) : (
            <Link to={base} className="button">
              {t('walkthrough.finish')}
              <span aria-hidden="true" className="arrow arrow--forward" />
            </Link>
          )}
        </nav>
        <p className="walkthrough__keys no-print">{t('walkthrough.keyboardHint')}</p>
      </div>
    </GlossaryProvider>
  );
}
