import { describe, expect, it, vi } from 'vitest';
import { isMissingScript, reloadForNewBuild } from './stale-build';

describe('stale build recovery', () => {
  it('recognises the errors browsers give for a missing lazily loaded script', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://x/assets/guide-route-1.js',
      'Importing a module script failed.',
      'error loading dynamically imported module',
    ])
      expect(isMissingScript(new TypeError(message))).toBe(true);
    expect(isMissingScript(new TypeError('x is undefined'))).toBe(false);
    expect(isMissingScript(new Error('Failed to fetch dynamically imported module'))).toBe(false);
  });

  it('reloads once, then not again within 30 seconds', () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    sessionStorage.clear();
    expect(reloadForNewBuild(1_000_000)).toBe(true);
    expect(reloadForNewBuild(1_010_000)).toBe(false);
    expect(reloadForNewBuild(1_040_001)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
