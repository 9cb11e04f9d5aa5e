import type { LoaderFunctionArgs } from 'react-router';
import { SUPPORTED_LANGUAGES } from '../content/vocabulary';
import { loadGuide } from '../content/load-guide';
import { i18n } from './i18n-instance';
import { ensureLanguage, notFound } from './route-loaders';

/** Shared by the guide, walkthrough and sheet routes; loaded only with those pages. */
export async function guideLoader(args: LoaderFunctionArgs) {
  const lang = await ensureLanguage(args);
  const guide = await loadGuide(i18n, lang, args.params.code ?? '');
  if (!guide) notFound();
  // Only languages the guide is complete in are offered by the language switcher.
  const offeredLanguages = SUPPORTED_LANGUAGES.filter((l) => guide.listing.languages[l]);
  return { lang, guide, offeredLanguages };
}
