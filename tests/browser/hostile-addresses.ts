// Addresses built to break the app, generated from pieces that have broken web apps before:
// markup, script URLs, prototype keys, invalid percent-escapes, control and direction
// characters, very long values. The same seed gives the same addresses on every run.

const LANGS = ['en', 'ar', 'zh-Hans', 'ES-mx', 'xx', '__proto__', '%E0%A4%A'];
const SEGMENTS = [
  '21925',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'procedures',
  'walkthrough',
  'print',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  'javascript:window.__pwned=1',
  'javascript%3Aalert(1)',
  '%E0%A4%A',
  '%FF%FE',
  '%C0%AF',
  '%',
  '%25',
  '..',
  '%2e%2e%2f%2e%2e',
  '%E2%80%AE21925',
  '%F0%9F%92%A5',
  '%0D%0ASet-Cookie:%20x=1',
  'a'.repeat(1500),
];
const QUERIES = [
  'q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  'q=__proto__&__proto__[polluted]=1&constructor[prototype][polluted]=1',
  '__proto__.polluted=1',
  'also=__proto__',
  'also=javascript:alert(1)',
  'q=%E0%A4%A',
  'q=%',
  `q=${'%F0%9F%92%A5'.repeat(200)}`,
  'pseudo=1',
];
const FRAGMENTS = [
  'n.arrive=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  'n.__proto__=1&n.constructor=1',
  '__proto__[polluted]=1',
  'javascript:alert(1)',
  'n.phone=%E0%A4%A',
  `n.fasting=${'x'.repeat(3000)}`,
  'main',
];

/** A small seeded generator (mulberry32), so a failure can be reproduced exactly. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hostileAddresses(count: number): string[] {
  const next = random(21925);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const addresses = new Set<string>();
  while (addresses.size < count) {
    const depth = 1 + Math.floor(next() * 4);
    const path = [pick(LANGS), ...Array.from({ length: depth }, () => pick(SEGMENTS))];
    let address = `/${path.join('/')}`;
    if (next() < 0.5) address += `?${pick(QUERIES)}`;
    if (next() < 0.4) address += `#${pick(FRAGMENTS)}`;
    addresses.add(address);
  }
  return [...addresses];
}
