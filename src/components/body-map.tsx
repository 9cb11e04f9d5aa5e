import { useId } from 'react';
import { useContentTranslation } from './content-language';
import { WHOLE_BODY_AREAS, type BodyArea } from '../content/vocabulary';
import './body-map.css';

// One simple figure, facing the reader (the body's left is on the right of the drawing); for
// the back and spine it stands for the back view, whose outline is the same.
const OUTLINE = {
  head: 'M50 6a12 12 0 1 1 0 24a12 12 0 1 1 0-24z',
  neck: 'M45 29h10v8h-10z',
  torso: 'M31 38Q50 33 69 38L71 101Q50 109 29 101Z',
  arms: 'M31 39L21 44L13 97L20 99L28 60Z M69 39L79 44L87 97L80 99L72 60Z',
  legs: 'M30 101L49 105L47 192L36 192Z M70 101L51 105L53 192L64 192Z',
};

// The marked region for each area; areas not listed are the whole body.
const REGIONS: Partial<Record<BodyArea, string>> = {
  'head-brain': 'M50 8a10 10 0 1 1 0 20a10 10 0 1 1 0-20z',
  eye: 'M45 14a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z M55 14a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z',
  'ear-nose-throat':
    'M38 15a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z M62 15a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z M45 22h10v14h-10z',
  'chest-lungs': 'M35 44Q50 40 65 44L65 66Q50 70 35 66Z',
  heart: 'M55 50a6 6 0 1 1 0 12a6 6 0 1 1 0-12z',
  breast: 'M43 52a6 6 0 1 1 0 12a6 6 0 1 1 0-12z M57 52a6 6 0 1 1 0 12a6 6 0 1 1 0-12z',
  belly: 'M35 70Q50 67 65 70L66 92Q50 96 34 92Z',
  'back-spine': 'M46 36h8v66h-8z',
  'urinary-reproductive': 'M39 94Q50 92 61 94L58 106Q50 109 42 106Z',
  'arm-hand': OUTLINE.arms,
  'hip-leg': `${OUTLINE.legs} M30 94Q50 92 70 94L71 101Q50 109 29 101Z`,
};

/**
 * Where on the body the procedure is, as a picture and in words: the caption is the text
 * alternative, so it is real, translated text and never part of the drawing.
 */
export function BodyMap({ area, areaName }: { area: BodyArea; areaName: string }) {
  const { t } = useContentTranslation();
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const whole = WHOLE_BODY_AREAS.includes(area) || !REGIONS[area];
  const region = whole ? Object.values(OUTLINE).join(' ') : REGIONS[area];
  const caption = whole
    ? t('bodyMap.anywhere', { area: areaName })
    : t('bodyMap.caption', { area: areaName });
  return (
    <figure className="body-map">
      <svg viewBox="0 0 100 200" className="body-map__drawing" aria-hidden="true" focusable="false">
        <defs>
          <pattern
            id={hatch}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="4" height="4" className="body-map__mark-fill" />
            <line x1="0" y1="0" x2="0" y2="4" stroke="currentColor" strokeWidth="1.6" />
          </pattern>
        </defs>
        {Object.values(OUTLINE).map((d) => (
          <path key={d} d={d} className="body-map__body" />
        ))}
        <path d={region} fill={`url(#${hatch})`} className="body-map__mark" />
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
