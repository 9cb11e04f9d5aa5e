/**
 * `npm run content:check`: per guide and language, schema and key parity, readability,
 * sources and review dates, so a writer sees the state of the library at a glance.
 */
import { fileURLToPath } from 'node:url';
import { formatProblem, validateContent } from './validate-content.ts';
import { collectStrings, fleschKincaid } from './readability.ts';
import { SUPPORTED_LANGUAGES } from './vocabulary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { problems, guides } = validateContent(root);

const rows = guides.map((guide) => {
  const mine = problems.filter((p) => p.file.includes(guide.id));
  const languages = SUPPORTED_LANGUAGES.map((lang) => {
    const status = guide.record.listing.languages[lang];
    if (!status) return `${lang}: —`;
    const broken = mine.some((p) => p.file.startsWith(`locales/${lang}/`));
    return `${lang}: ${broken ? 'PROBLEMS' : 'ok'} (${status})`;
  });
  const grade = guide.text.en ? fleschKincaid(collectStrings(guide.text.en)).grade : NaN;
  return {
    guide: guide.id,
    codes: guide.record.listing.codes.map((c) => c.code).join(' '),
    'grade (en)': grade,
    sources: guide.record.review.sources.length,
    reviewed: guide.record.review.lastReviewed,
    due: guide.record.review.reviewDue,
    languages: languages.join(', '),
  };
});
console.table(rows);

// Coverage per language: a language is offered for a guide only when it is complete there.
console.table(
  SUPPORTED_LANGUAGES.map((lang) => {
    const files = (kind: string) =>
      problems.filter((p) => p.file === `locales/${lang}/${kind}.json`);
    const offered = guides.filter((g) => g.record.listing.languages[lang]).length;
    return {
      language: lang,
      interface: files('ui').length === 0 ? 'complete' : `${files('ui').length} problem(s)`,
      glossary:
        files('glossary').length === 0 ? 'complete' : `${files('glossary').length} problem(s)`,
      guides: `${offered} of ${guides.length}`,
      drafts: guides.filter((g) => g.drafts.includes(lang)).length,
    };
  }),
);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
} else {
  console.log(`\n${guides.length} guides, no problems.`);
}
