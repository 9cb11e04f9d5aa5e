// `npm run build` runs this after Vite's client build: every page of the app becomes a static
// HTML file that the app then takes over, plus the sitemap, robots.txt and the 404 page.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as RenderPageModule from './render-page';
import type { RenderedPage, SitePage } from './render-page';

type DrawnPage = Exclude<RenderedPage, { redirect: string }>;
type Manifest = Record<string, { file: string; css?: string[]; imports?: string[] }>;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The styles a page needs before its first paint: the app's own (loaded by its code after the
 * paint, see src/app/boot.ts) and those of the page's route module and what it imports.
 */
function pageStyles(manifest: Manifest, route?: string) {
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    chunk.imports?.forEach(visit);
    chunk.css?.forEach((file) => css.add(file));
  };
  visit('src/app/main.tsx');
  if (route) visit(`src/app/routes/${route}.tsx`);
  return [...css];
}

/** The built index.html with one page's language, head tags, styles and markup in it. */
function pageDocument(
  template: string,
  page: DrawnPage,
  options: { path?: string; css: readonly string[] },
): string {
  // Only styles: the page's code is fetched after its first paint (src/app/boot.ts).
  const links = options.css.map((f) => `<link rel="stylesheet" href="/${f}">`).join('');
  // Only a page made for its address is hydrated (see main.tsx); the 404 page has none.
  const root = options.path
    ? `<div id="root" data-page="${escapeHtml(options.path)}">`
    : '<div id="root">';
  return template
    .replace('<html lang="en" dir="ltr">', `<html lang="${page.lang}" dir="${page.dir}">`)
    .replace('</head>', `${page.head}${links}</head>`)
    .replace('<div id="root"></div>', `${root}${page.body}</div>`);
}

/** For `/…/walkthrough`: a page that sends on, with and without script. */
function redirectDocument(lang: string, to: string): string {
  const target = escapeHtml(to);
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${target}"><title>Plainly</title></head><body><p><a href="${target}">${target}</a></p></body></html>\n`;
}

function sitemap(origin: string, pages: readonly SitePage[]): string {
  const urls = pages
    .filter((page) => page.listed)
    .map((page) => `<url><loc>${escapeHtml(origin + page.path)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

function write(outDir: string, path: string, content: string) {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Prerenders the project in `root` into `outDir`, which holds its client build (with manifest). */
export async function prerenderSite(root: string, outDir: string): Promise<{ pages: number }> {
  // Inside node_modules, so that the bundle's imports of React and friends resolve.
  const ssrDir = join(root, 'node_modules/.plainly-prerender');
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: {
      ssr: join(root, 'src/prerender/render-page.tsx'),
      outDir: ssrDir,
      emptyOutDir: true,
      sourcemap: false,
      manifest: false,
    },
  });
  try {
    const render = (await import(
      pathToFileURL(join(ssrDir, 'render-page.js')).href
    )) as typeof RenderPageModule;
    const template = readFileSync(join(outDir, 'index.html'), 'utf8');
    const manifest = JSON.parse(
      readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
    ) as Manifest;
    const pages = render.sitePages();
    for (const page of pages) {
      const rendered = await render.renderPage(page.path);
      const file = join(decodeURIComponent(page.path), 'index.html');
      if ('redirect' in rendered) {
        write(outDir, file, redirectDocument(page.path.split('/')[1] ?? 'en', rendered.redirect));
        continue;
      }
      if (rendered.status !== 200) throw new Error(`${page.path} answered ${rendered.status}`);
      const css = pageStyles(manifest, page.route);
      write(outDir, file, pageDocument(template, rendered, { path: page.path, css }));
    }
    const notFound = await render.renderPage(render.NOT_FOUND_PATH);
    if ('redirect' in notFound) throw new Error('The not-found page redirected');
    write(outDir, '404.html', pageDocument(template, notFound, { css: pageStyles(manifest) }));
    // The bare `/` chooses a language in the browser; without script it offers them all.
    const choice = render.renderLanguageChoice();
    write(
      outDir,
      'index.html',
      pageDocument(template, choice, { path: '/', css: pageStyles(manifest) }),
    );
    write(outDir, 'sitemap.xml', sitemap(render.SITE_ORIGIN, pages));
    write(
      outDir,
      'robots.txt',
      `User-agent: *\nAllow: /\n\nSitemap: ${render.SITE_ORIGIN}/sitemap.xml\n`,
    );
    return { pages: pages.length + 2 };
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

// `tsx src/prerender/prerender.ts [folder]`: the folder holds the client build (default dist).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve('.');
  const outDir = resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  const { pages } = await prerenderSite(root, outDir);
  // The manifest was only for finding each page's files; it is not part of the site.
  rmSync(join(outDir, '.vite'), { recursive: true, force: true });
  console.log(`Prerendered ${pages} pages in ${Math.round(performance.now() - started)} ms`);
}
