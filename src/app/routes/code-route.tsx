import { redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { guidesForCode } from '../../content/icd10pcs/guide-matches';
import {
  loadBodySystemTables,
  loadDirectory,
  loadPcsWords,
} from '../../content/icd10pcs/load-directory';
import { explainCode, normalizeCodeInput } from '../../content/icd10pcs/pcs-code';
import { CodePage } from '../../features/code-directory/code-page';
import type { GuideLink } from '../../components/guide-link-list';
import { loadGuideCatalog } from '../guide-catalog';
import { ensureLanguage } from '../route-loaders';

/** Longer input is cut before it is shown; no code is longer than 7 characters anyway. */
const INPUT_LIMIT = 40;

export async function loader(args: LoaderFunctionArgs) {
  const lang = await ensureLanguage(args);
  // The look-up form sends `?code=…` to the directory's address.
  const typed = args.params.code ?? new URL(args.request.url).searchParams.get('code') ?? '';
  const input = normalizeCodeInput(typed).slice(0, INPUT_LIMIT);
  // One address per code: `0jb7-0zx` is shown at `0JB70ZX`.
  if (input !== (args.params.code ?? ''))
    throw redirect(`/${lang}/codes/icd10pcs${input ? `/${encodeURIComponent(input)}` : ''}`);
  const [directory, tables, words] = await Promise.all([
    loadDirectory(),
    input.length > 2 ? loadBodySystemTables(input.slice(0, 2)) : undefined,
    loadPcsWords(lang),
  ]);
  const explanation = explainCode(input, directory, tables);
  const ids = explanation.kind === 'code' ? guidesForCode(explanation.code) : [];
  const guides: GuideLink[] = ids.length
    ? (await loadGuideCatalog(lang)).filter((guide) => ids.includes(guide.id))
    : [];
  return { lang, explanation, version: directory.version, words, guides };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  return <CodePage {...data} />;
}
