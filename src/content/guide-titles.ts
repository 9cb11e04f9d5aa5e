import type { GuideText, Language } from './schema';

export type GuideAbout = GuideText['about'];

// One small module per language holds just the `about` part (title, other names) of every
// guide in that language, for search, related guides and the A–Z list.
const titleModules = import.meta.glob<Record<string, GuideAbout>>('./titles/*.ts', {
  import: 'default',
});

/** Guide id → its title and other names in `lang` (guides not translated yet are absent). */
export async function loadGuideTitles(lang: Language): Promise<Map<string, GuideAbout>> {
  const load = titleModules[`./titles/${lang}.ts`];
  const files = load ? await load() : {};
  return new Map(
    Object.entries(files).map(([path, about]) => [path.replace(/^.*\/(.*)\.json$/, '$1'), about]),
  );
}
