import { useId } from 'react';
import { useContentTranslation } from './content-language';
import type { GuideRecord } from '../content/schema';
import type { Language } from '../content/vocabulary';
import { formatDurationRange } from '../lib/format';
import './recovery-timeline.css';

const WORDS = {
  'same-day': 'sameDay',
  'same-or-next-day': 'sameOrNextDay',
  'next-morning': 'nextMorning',
} as const;

/**
 * When things usually happen after the procedure, from the guide's structured timeline: drawn
 * as a line with a mark for each moment, in reading order (so it runs right to left in
 * Arabic), and being a list of text, it is read the same way by a screen reader.
 */
export function RecoveryTimeline({
  timeline,
  lang,
  headingLevel,
}: {
  timeline: GuideRecord['timeline'];
  lang: Language;
  headingLevel: 2 | 3;
}) {
  const { t } = useContentTranslation();
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="recovery-timeline" aria-labelledby={id}>
      <Heading id={id}>{t('timeline.heading')}</Heading>
      <p className="recovery-timeline__intro">{t('timeline.intro')}</p>
      <ol className="recovery-timeline__list">
        {timeline.map(({ event, after }) => (
          <li key={event} className="recovery-timeline__moment">
            <span className="recovery-timeline__time">
              {typeof after === 'object'
                ? t('timeline.after', { time: formatDurationRange(lang, after) })
                : t(`timeline.${WORDS[after]}`)}
            </span>{' '}
            <span className="recovery-timeline__event">{t(`timeline.event.${event}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
