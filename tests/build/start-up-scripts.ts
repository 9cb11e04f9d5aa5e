import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The script a browser runs before a page is interactive: the entry that index.html loads,
 * the app it starts after the first paint (src/app/boot.ts loads `main`), and every chunk
 * they import statically. Absolute paths.
 */
export function startUpScripts(outDir: string): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const [, name] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      visit(`assets/${name}`);
  };
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  for (const [, src] of html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)) visit(src!);
  const main = readdirSync(join(outDir, 'assets')).find((name) => /^main-.+\.js$/.test(name));
  if (!main) throw new Error('No main chunk: src/app/boot.ts should load src/app/main.tsx');
  visit(`assets/${main}`);
  return [...files].map((file) => join(outDir, file));
}
