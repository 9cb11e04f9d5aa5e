import type { Stage } from '../content/vocabulary';

// One line drawing per stage, in the text's colour: a checklist (getting ready), a bed (the
// procedure), a home (recovery) and a face (what you'll feel).
const DRAWINGS: Record<Stage, string> = {
  prepare: 'M8 5h12v17H8z M11 3h6v4h-6z M10.5 11l1.5 1.5l3-3 M10.5 17l1.5 1.5l3-3',
  procedure: 'M3 19v-9 M3 15h18v4 M21 15v-3a2 2 0 0 0-2-2h-8v5 M7.5 10.5a2 2 0 1 1 0 .01',
  recovery: 'M4 12l8-7l8 7 M6 10.5v9h12v-9 M10 19.5v-5h4v5',
  feel: 'M12 3.5a8.5 8.5 0 1 1 0 17a8.5 8.5 0 1 1 0-17z M9 10v.5 M15 10v.5 M8.5 14.5q3.5 3 7 0',
};

/**
 * A small picture for a walkthrough stage. It sits beside the stage's name, which says the
 * same in words, so it is hidden from screen readers rather than given a second name.
 */
export function StagePicture({ stage, className }: { stage: Stage; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={`stage-picture ${className ?? ''}`}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={DRAWINGS[stage]} />
    </svg>
  );
}
