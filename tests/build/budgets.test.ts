// @vitest-environment node
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Budgets from engineering.md, checked on real production builds: sizes are deterministic,
// unlike times, so these are tests; speed is for `npm run bench`.
const KB = 1024;
const LAZY_CHUNK_BUDGET = 50 * KB;
const GUIDE_TEXT_BUDGET = 10 * KB;

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The production build of the project in `root`, into a fresh folder; returns that folder. */
async function buildProject(root: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'plainly-build-'));
  // Vitest sets NODE_ENV=test, which would build React's development code.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/** The script a browser fetches before the app can start: the entry and what it preloads. */
function startUpScripts(outDir: string) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...new Set(html.match(/\/assets\/[^"]+\.js/g) ?? [])].map((path) => join(outDir, path));
}
const startUpBytes = (outDir: string) =>
  startUpScripts(outDir).reduce((sum, file) => sum + gzipped(file), 0);

describe('the production build', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await buildProject(process.cwd());
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('keeps every lazily loaded chunk within 50 KB gzipped', () => {
    const startUp = new Set(startUpScripts(outDir));
    const over = readdirSync(join(outDir, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(outDir, 'assets', name))
      .filter((file) => !startUp.has(file))
      .map((file) => ({ file, bytes: gzipped(file) }))
      .filter(({ bytes }) => bytes > LAZY_CHUNK_BUDGET);
    expect(over).toEqual([]);
  });

  it("loads each guide's text in each language as its own chunk within 10 KB gzipped", () => {
    const manifest = JSON.parse(
      readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
    ) as Record<string, { file: string }>;
    const texts = Object.entries(manifest).filter(([source]) =>
      /^locales\/[^/]+\/guides\/[^/]+\.json$/.test(source),
    );
    const expected = readdirSync('locales').flatMap((lang) =>
      readdirSync(`locales/${lang}/guides`).map((file) => `locales/${lang}/guides/${file}`),
    );
    expect(texts.map(([source]) => source).sort()).toEqual(expected.sort());
    const over = texts
      .map(([source, { file }]) => ({ source, bytes: gzipped(join(outDir, file)) }))
      .filter(({ bytes }) => bytes > GUIDE_TEXT_BUDGET);
    expect(over).toEqual([]);
    // No guide text is part of the start-up script.
    const startUp = new Set(startUpScripts(outDir));
    expect(texts.filter(([, { file }]) => startUp.has(join(outDir, file)))).toEqual([]);
  });

  it('does not grow its start-up script with the library: 1,000 more guides add nothing', async () => {
    // A copy of the project with 1,000 generated guides (copies of one real guide under new
    // ids and codes, in English), built the same way.
    const root = mkdtempSync(join(tmpdir(), 'plainly-1000-'));
    for (const part of ['index.html', 'vite.config.ts', 'src', 'locales', 'public'])
      cpSync(part, join(root, part), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
    const record = JSON.parse(readFileSync('src/content/guides/colonoscopy.json', 'utf8'));
    const text = readFileSync('locales/en/guides/colonoscopy.json', 'utf8');
    for (let n = 0; n < 1000; n += 1) {
      const id = `generated-guide-${n}`;
      const code = `Z${String(n).padStart(4, '0')}`;
      const listing = {
        ...record.listing,
        id,
        codes: [{ ...record.listing.codes[0], code }],
        languages: { en: 'source' },
      };
      writeFileSync(
        join(root, `src/content/guides/${id}.json`),
        JSON.stringify({ ...record, listing, related: [] }),
      );
      const generated = JSON.parse(text);
      generated.about.codeTitles = { [code]: generated.about.title };
      writeFileSync(join(root, `locales/en/guides/${id}.json`), JSON.stringify(generated));
    }
    const bigOut = await buildProject(root);
    try {
      expect(readdirSync(join(bigOut, 'assets')).length).toBeGreaterThan(1000);
      // Chunk names inside the entry change with the build; a few bytes of difference is that.
      expect(Math.abs(startUpBytes(bigOut) - startUpBytes(outDir))).toBeLessThan(256);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(bigOut, { recursive: true, force: true });
    }
  }, 300_000);
});
