// Kept out of the first bundle: i18next's backend imports this module only when a guide is
// opened, so the map of guide files below never weighs on the start-up script.
const guideTextFiles = import.meta.glob<Record<string, unknown>>('/locales/*/guides/*.json', {
  import: 'default',
});

export async function loadGuideTextFile(lang: string, namespace: string) {
  const load = guideTextFiles[`/locales/${lang}/${namespace}.json`];
  if (!load) throw new Error(`No text for ${namespace} in ${lang}`);
  return load();
}
