import { useId, useState, type ReactNode } from 'react';
import './glossary-term.css';

/**
 * A medical word whose meaning shows on hover, keyboard focus or tap, stays while the pointer
 * is over it, closes with Escape (WCAG 1.4.13), and is read out by screen readers as the
 * button's description.
 */
export function GlossaryTerm({
  definition,
  children,
}: {
  definition: string;
  children: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span
      className="glossary-term"
      data-open={open || undefined}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className="glossary-term__word"
        aria-describedby={id}
        // Focus already opens it; a tap on some touch browsers gives no focus, so click opens too.
        onClick={() => setOpen(true)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={id} className="glossary-term__definition">
        {definition}
      </span>
    </span>
  );
}
