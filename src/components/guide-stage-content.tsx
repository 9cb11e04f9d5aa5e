import type { ReactNode } from 'react';
import { useContentTranslation } from './content-language';
import type { LoadedGuide } from '../content/load-guide';
import type { Stage } from '../content/vocabulary';
import { formatDurationRange } from '../lib/format';
import { BulletList, Checklist, StepList } from './guide-lists';
import { RichText } from './rich-text';
import { RecoveryTimeline } from './recovery-timeline';

type HeadingLevel = 2 | 3;

function Section({
  title,
  level,
  children,
}: {
  title: string;
  level: HeadingLevel;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="guide-subsection">
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}

/**
 * The content of one walkthrough stage, shared by the guide page, the walkthrough and the
 * sheet so that each shows the same words under the same headings.
 */
export function GuideStageContent({
  stage,
  guide,
  headingLevel,
}: {
  stage: Stage;
  guide: LoadedGuide;
  headingLevel: HeadingLevel;
}) {
  const { t } = useContentTranslation();
  const { text, record, textLanguage } = guide;
  const level = headingLevel;
  switch (stage) {
    case 'prepare':
      return (
        <>
          <Section title={t('stage.prepare.daysBefore')} level={level}>
            <Checklist name="days-before" items={text.prepare.daysBefore} />
          </Section>
          <Section title={t('stage.prepare.nightBefore')} level={level}>
            <Checklist name="night-before" items={text.prepare.nightBefore} />
          </Section>
          <Section title={t('stage.prepare.morningOf')} level={level}>
            <Checklist name="morning-of" items={text.prepare.morningOf} />
          </Section>
          <Section title={t('stage.prepare.bring')} level={level}>
            <Checklist name="bring" items={text.prepare.bring} />
          </Section>
          <Section title={t('stage.prepare.ride')} level={level}>
            <Checklist name="ride" items={[text.prepare.ride]} />
          </Section>
        </>
      );
    case 'procedure':
      return (
        <>
          <Section title={t('stage.procedure.where')} level={level}>
            <p>
              <RichText text={text.procedure.where} />
            </p>
          </Section>
          <Section title={t('stage.procedure.people')} level={level}>
            <BulletList items={text.procedure.people} />
          </Section>
          <Section title={t('stage.procedure.howLong')} level={level}>
            <p>
              {t('stage.procedure.howLongValue', {
                duration: formatDurationRange(textLanguage, record.durations.procedure),
              })}
            </p>
          </Section>
          <Section title={t('stage.procedure.steps')} level={level}>
            <StepList items={text.procedure.steps} />
          </Section>
        </>
      );
    case 'recovery':
      return (
        <>
          <RecoveryTimeline timeline={record.timeline} lang={textLanguage} headingLevel={level} />
          <Section title={t('stage.recovery.firstHours')} level={level}>
            <BulletList items={text.recovery.firstHours} />
          </Section>
          <Section title={t('stage.recovery.firstDays')} level={level}>
            <BulletList items={text.recovery.firstDays} />
          </Section>
          {text.recovery.wound && (
            <Section title={t('stage.recovery.wound')} level={level}>
              <BulletList items={text.recovery.wound} />
            </Section>
          )}
          <Section title={t('stage.recovery.activity')} level={level}>
            <BulletList items={text.recovery.activity} />
          </Section>
          <Section title={t('stage.recovery.results')} level={level}>
            <BulletList items={text.recovery.results} />
          </Section>
        </>
      );
    case 'feel':
      return (
        <>
          <Section title={t('stage.feel.before')} level={level}>
            <BulletList items={text.feel.before} />
          </Section>
          <Section title={t('stage.feel.during')} level={level}>
            <BulletList items={text.feel.during} />
          </Section>
          <Section title={t('stage.feel.after')} level={level}>
            <BulletList items={text.feel.after} />
          </Section>
        </>
      );
  }
}
