import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * `locales/{lang}/guides/{id}.json?about`: only the guide's `about` part (title, other names,
 * code titles), as a module of its own. Search, the A–Z list and related guides need these for
 * every guide; importing the JSON itself would tie each to the whole text of every guide.
 */
export function guideAbout(): Plugin {
  return {
    name: 'plainly-guide-about',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'about' || !file?.endsWith('.json')) return null;
      const { about } = JSON.parse(readFileSync(file, 'utf8')) as { about: unknown };
      return `export const about = ${JSON.stringify(about)};\nexport default { about };\n`;
    },
  };
}
