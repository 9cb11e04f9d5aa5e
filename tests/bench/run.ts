// `npm run bench`: measures Plainly and writes tests/bench/report.{md,json}. Never part of the
// pass/fail tests: times on these machines are noisy, so the report compares each page with a
// plain HTML page holding the same guide's words, measured by the same server in the same run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { startUpScripts } from '../build/start-up-scripts';

const ORIGIN = 'http://127.0.0.1:4173';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GUIDE = { id: 'colonoscopy', code: '45378' };
const PAGES = {
  home: '/en/',
  guide: `/en/procedures/${GUIDE.code}`,
  walkthrough: `/en/procedures/${GUIDE.code}/walkthrough/procedure`,
  sheet: `/en/procedures/${GUIDE.code}/print`,
  'code page': '/en/codes/icd10pcs/0JB70ZX',
  'code page, Spanish': '/es/codes/icd10pcs/0JB70ZX',
  'plain HTML floor': '/bench-floor.html',
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The floor: the same guide's English words as plain HTML, no script, no stylesheet. */
function writeFloorPage() {
  const text = JSON.parse(readFileSync(`locales/en/guides/${GUIDE.id}.json`, 'utf8'));
  const plain = (s: string) =>
    escapeHtml(s.replace(/\[\[[^|\]]+\|([^\]]+)\]\]|\[\[([^\]]+)\]\]/g, '$1$2'));
  const parts: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (typeof value === 'string') parts.push(`<p>${plain(value)}</p>`);
    else if (Array.isArray(value))
      parts.push(`<ul>${value.map((item) => `<li>${plain(String(item))}</li>`).join('')}</ul>`);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        parts.push(`<h${Math.min(depth, 6)}>${escapeHtml(key)}</h${Math.min(depth, 6)}>`);
        walk(inner, depth + 1);
      }
  };
  walk(text, 2);
  writeFileSync(
    'dist/bench-floor.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${plain(text.summary)}"><title>${plain(text.about.title)}</title></head><body><main><h1>${plain(text.about.title)}</h1>${parts.join('')}</main></body></html>`,
  );
}

async function lighthouseRuns() {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const [name, path] of Object.entries(PAGES)) {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        // Lighthouse's defaults: a mid-range phone on a slow 4G connection (simulated).
        const result = await lighthouse(`${ORIGIN}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result!.lhr;
        runs.push({
          performance: lhr.categories.performance!.score! * 100,
          accessibility: lhr.categories.accessibility!.score! * 100,
          'best practices': lhr.categories['best-practices']!.score! * 100,
          seo: lhr.categories.seo!.score! * 100,
          'LCP ms': lhr.audits['largest-contentful-paint']!.numericValue!,
          CLS: lhr.audits['cumulative-layout-shift']!.numericValue!,
          'TBT ms': lhr.audits['total-blocking-time']!.numericValue!,
          // Everything the page loads, as sent (gzip): for a code page, its slice of the data.
          'KB loaded': lhr.audits['total-byte-weight']!.numericValue! / 1024,
        });
      }
      results[name] = Object.fromEntries(
        Object.keys(runs[0]!).map((key) => [key, median(runs.map((r) => r[key]!))]),
      );
      console.log(name, results[name]);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/** Time per keystroke: each prefix of each query, typed one letter at a time. */
async function searchLatency() {
  const vite = await createServer({
    logLevel: 'error',
    server: { middlewareMode: true },
    appType: 'custom',
  });
  try {
    const { loadGuideSearch } = await vite.ssrLoadModule('/src/features/search/search-index.ts');
    const queries = [
      'biopsy of a lump on the back',
      'colonoscopy',
      '21925',
      'knee replacment',
      'heart',
    ];
    const out: Record<string, { median: number; p95: number; keystrokes: number }> = {};
    for (const lang of ['en', 'es', 'zh-Hans']) {
      const search = await loadGuideSearch(lang);
      const times: number[] = [];
      for (let round = 0; round < 20; round += 1)
        for (const query of lang === 'zh-Hans' ? [...queries, '结肠镜检查'] : queries)
          for (let end = 1; end <= query.length; end += 1) {
            const start = performance.now();
            search.search(query.slice(0, end));
            times.push(performance.now() - start);
          }
      out[lang] = { median: median(times), p95: percentile(times, 95), keystrokes: times.length };
    }
    return out;
  } finally {
    await vite.close();
  }
}

/** The same over all 77,559 ICD-10-PCS codes: code prefixes and words, in three languages. */
async function codeSearchLatency() {
  const vite = await createServer({
    logLevel: 'error',
    server: { middlewareMode: true },
    appType: 'custom',
  });
  try {
    const { loadCodeSearch } = await vite.ssrLoadModule('/src/content/icd10pcs/code-search.ts');
    const queries: Record<string, string[]> = {
      en: ['0JB70ZX', 'excision back', 'replacement knee joint', 'bone marrow'],
      es: ['0JB70ZX', 'escisión espalda', 'reemplazo rodilla', 'médula ósea'],
      'zh-Hans': ['0JB70ZX', '背部', '膝关节', '骨髓'],
    };
    const out: Record<string, { median: number; p95: number; keystrokes: number }> = {};
    for (const [lang, list] of Object.entries(queries)) {
      const search = await loadCodeSearch(lang);
      const times: number[] = [];
      for (let round = 0; round < 10; round += 1)
        for (const query of list)
          for (let end = 1; end <= query.length; end += 1) {
            const start = performance.now();
            await search(query.slice(0, end));
            times.push(performance.now() - start);
          }
      out[lang] = { median: median(times), p95: percentile(times, 95), keystrokes: times.length };
    }
    return out;
  } finally {
    await vite.close();
  }
}

/** The code directory's data as the project keeps it: what a visitor could ever load of it. */
function codeDataSizes() {
  const files = [
    ...readdirSync('src/content/icd10pcs/data', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => join('src/content/icd10pcs/data', f)),
  ];
  const words = readdirSync('locales', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.includes('icd10pcs/'))
    .map((f) => join('locales', f));
  const tables = files.filter((f) => f.includes('/tables/'));
  return {
    'ICD-10-PCS data files': files.length,
    'ICD-10-PCS data, bytes': files.reduce((n, f) => n + readFileSync(f).length, 0),
    'ICD-10-PCS data, gzip -9 bytes (sum of files)': files.reduce((n, f) => n + gz(f), 0),
    'largest body-system file, gzip -9 bytes': Math.max(...tables.map(gz)),
    'ICD-10-PCS words (7 languages), gzip -9 bytes': words.reduce((n, f) => n + gz(f), 0),
    'largest words file, gzip -9 bytes': Math.max(...words.map(gz)),
  };
}

function sizes() {
  const startUp = startUpScripts('dist');
  const lazy = readdirSync('dist/assets', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('dist/assets', f))
    .filter((file) => !startUp.includes(file))
    .map(gz);
  const css = readdirSync('dist/assets').filter((f) => f.endsWith('.css'));
  return {
    'start-up script, gzip -9 bytes': startUp.reduce((sum, file) => sum + gz(file), 0),
    'largest lazy chunk, gzip -9 bytes': Math.max(...lazy),
    'lazy chunks': lazy.length,
    'guide page HTML, gzip -9 bytes': gz(`dist${PAGES.guide}/index.html`),
    'walkthrough page HTML, gzip -9 bytes': gz(`dist${PAGES.walkthrough}/index.html`),
    'prerendered HTML pages': readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html'),
    ).length,
    'CSS files, gzip -9 bytes (all)': css.reduce((sum, f) => sum + gz(join('dist/assets', f)), 0),
    ...codeDataSizes(),
  };
}

async function main() {
  const buildStart = performance.now();
  // The client build and the prerendering of every page.
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const buildSeconds = (performance.now() - buildStart) / 1000;
  writeFloorPage();
  mkdirSync('.nginx', { recursive: true });
  const server = spawn(
    'nginx',
    ['-p', `${process.cwd()}/`, '-c', `${process.cwd()}/nginx/test-server.conf`],
    {
      stdio: 'inherit',
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  try {
    const lighthouseResults = await lighthouseRuns();
    const floorLcp = lighthouseResults['plain HTML floor']!['LCP ms']!;
    for (const result of Object.values(lighthouseResults))
      result['LCP ÷ floor'] = result['LCP ms']! / floorLcp;
    const report = {
      date: new Date().toISOString(),
      command: 'npm run bench',
      runs: RUNS,
      machine: `${process.platform} ${process.arch}, Node ${process.version}`,
      'build seconds': buildSeconds,
      sizes: sizes(),
      lighthouse: lighthouseResults,
      'search ms per keystroke': await searchLatency(),
      'code search ms per keystroke': await codeSearchLatency(),
    };
    writeFileSync('tests/bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync('tests/bench/report.md', toMarkdown(report));
    execFileSync('npx', [
      'prettier',
      '--write',
      'tests/bench/report.md',
      'tests/bench/report.json',
    ]);
    console.log(toMarkdown(report));
  } finally {
    server.kill();
  }
}

function toMarkdown(report: Record<string, unknown>) {
  const lh = report.lighthouse as Record<string, Record<string, number>>;
  const columns = Object.keys(Object.values(lh)[0]!);
  const round = (key: string, v: number) =>
    key === 'CLS'
      ? v.toFixed(3)
      : key.includes('÷')
        ? v.toFixed(2)
        : key.startsWith('KB')
          ? v.toFixed(1)
          : String(Math.round(v));
  const search = report['search ms per keystroke'] as Record<string, Record<string, number>>;
  const codeSearch = report['code search ms per keystroke'] as Record<
    string,
    Record<string, number>
  >;
  return [
    '# Plainly benchmark',
    '',
    `Made by \`${String(report.command)}\` on ${String(report.date).slice(0, 10)} (${String(report.machine)}); Lighthouse ${RUNS} runs per page, medians, mobile defaults (simulated slow 4G, 4× CPU slow-down), served by nginx with \`nginx/plainly.conf\`. The floor is a plain HTML page with the same guide's words and no script or style, served by the same server in the same run.`,
    '',
    `| page | ${columns.join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    ...Object.entries(lh).map(
      ([page, r]) => `| ${page} | ${columns.map((c) => round(c, r[c]!)).join(' | ')} |`,
    ),
    '',
    '| search, ms per keystroke | median | 95th percentile | keystrokes |',
    '| --- | --- | --- | --- |',
    ...Object.entries(search).map(
      ([lang, s]) =>
        `| ${lang} | ${s.median!.toFixed(3)} | ${s.p95!.toFixed(3)} | ${s.keystrokes} |`,
    ),
    '',
    '| code search (all 77,559 ICD-10-PCS codes), ms per keystroke | median | 95th percentile | keystrokes |',
    '| --- | --- | --- | --- |',
    ...Object.entries(codeSearch).map(
      ([lang, s]) =>
        `| ${lang} | ${s.median!.toFixed(3)} | ${s.p95!.toFixed(3)} | ${s.keystrokes} |`,
    ),
    '',
    '| size | value |',
    '| --- | --- |',
    ...Object.entries(report.sizes as Record<string, number>).map(([k, v]) => `| ${k} | ${v} |`),
    `| build (client and prerendering), seconds | ${(report['build seconds'] as number).toFixed(1)} |`,
    '',
  ].join('\n');
}

await main();
