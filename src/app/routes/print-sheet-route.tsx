import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PrintSheetPage } from '../../features/print-sheet/print-sheet-page';
import { loadGuide } from '../../content/load-guide';
import { matchLanguage } from '../../lib/language';
import { guideLoader } from '../guide-loader';
import { i18n } from '../i18n-instance';

export async function loader(args: LoaderFunctionArgs) {
  const loaded = await guideLoader(args);
  const url = new URL(args.request.url);
  // `?also=en` adds a second language, when the guide has it; anything else is ignored.
  const also = matchLanguage(url.searchParams.get('also'));
  const second =
    also && also !== loaded.lang && loaded.offeredLanguages.includes(also)
      ? await loadGuide(i18n, also, loaded.guide.code)
      : undefined;
  return { ...loaded, second };
}

export function Component() {
  const { lang, guide, second } = useLoaderData<typeof loader>();
  return <PrintSheetPage guide={guide} second={second} lang={lang} />;
}
