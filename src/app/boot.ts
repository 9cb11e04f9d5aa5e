import { applyTextSize, storedTextSize } from '../lib/text-size';

// The reader's text size before anything is drawn, so the page does not jump.
applyTextSize(storedTextSize());

// The page is readable from its prerendered HTML; the app's code (mostly React) is fetched
// and run after the first paint, so that it never holds the words back.
requestAnimationFrame(() => setTimeout(() => void import('./main')));
