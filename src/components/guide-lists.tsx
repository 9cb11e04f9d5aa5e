import { useId } from 'react';
import { RichText } from './rich-text';

export function BulletList({ items }: { items: readonly string[] }) {
  return (
    <ul className="bullet-list">
      {items.map((item) => (
        <li key={item}>
          <RichText text={item} />
        </li>
      ))}
    </ul>
  );
}

export function StepList({ items }: { items: readonly string[] }) {
  return (
    <ol className="step-list">
      {items.map((item) => (
        <li key={item}>
          <RichText text={item} />
        </li>
      ))}
    </ol>
  );
}

/**
 * Tick boxes a reader can use on screen; on paper they print as empty squares. The text names
 * the box through aria-labelledby, not a <label>, because it may hold glossary buttons.
 */
export function Checklist({ items, name }: { items: readonly string[]; name: string }) {
  const id = useId();
  return (
    <ul className="checklist">
      {items.map((item, index) => (
        <li key={item}>
          <input type="checkbox" name={`${name}-${index}`} aria-labelledby={`${id}-${index}`} />
          <span id={`${id}-${index}`}>
            <RichText text={item} />
          </span>
        </li>
      ))}
    </ul>
  );
}
