// `?about` (src/content/vite-guide-about.ts): only each guide's `about` part. Importing the JSON
// itself would tie this module to the whole text of every guide in the language.
export default import.meta.glob('/locales/en/guides/*.json', {
  eager: true,
  import: 'about',
  query: '?about',
});
