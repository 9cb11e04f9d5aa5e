import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first page of a test file also loads its lazy modules; a slow machine needs the time.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  // Build tests run in Node, with no page to clean up.
  if (typeof window === 'undefined') return;
  cleanup();
  window.localStorage.clear();
});
