import { existsSync } from 'node:fs';

/**
 * The real Chromium that browser tests and the benchmark drive: $CHROMIUM_PATH if set, else
 * Debian's /usr/bin/chromium, else (undefined) Playwright's own browser where it can be installed.
 */
export const chromiumPath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Without the background-networking flags Chromium tries hosts this machine cannot reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
