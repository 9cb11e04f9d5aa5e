/**
 * The reader's text size: a step remembered on this device (localStorage, never sent), set
 * on the root element as `data-text-size`, which the stylesheet turns into a larger base
 * font; every size in the layout is in rem, so the whole page grows and reflows.
 */
export const TEXT_SIZES = ['normal', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const KEY = 'plainly.textSize';
const CHANGED = 'plainly:text-size';

export function storedTextSize(): TextSize {
  try {
    const stored = localStorage.getItem(KEY);
    return TEXT_SIZES.find((size) => size === stored) ?? 'normal';
  } catch {
    // Storage can be blocked; the page then simply starts at the normal size.
    return 'normal';
  }
}

export function applyTextSize(size: TextSize) {
  if (size === 'normal') delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = size;
}

export function chooseTextSize(size: TextSize) {
  try {
    localStorage.setItem(KEY, size);
  } catch {
    // Not remembered, but still applied to this page.
  }
  applyTextSize(size);
  window.dispatchEvent(new Event(CHANGED));
}

export function subscribeTextSize(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}
