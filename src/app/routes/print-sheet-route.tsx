import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PrintSheetPage } from '../../features/print-sheet/print-sheet-page';
import { guideLoader } from '../guide-loader';

export async function loader(args: LoaderFunctionArgs) {
  const loaded = await guideLoader(args);
  const { origin } = new URL(args.request.url);
  const guideUrl = `${origin}/${loaded.lang}/procedures/${encodeURIComponent(loaded.guide.code)}`;
  return { ...loaded, guideUrl, today: new Date().toISOString().slice(0, 10) };
}

export function Component() {
  const { lang, guide, guideUrl, today } = useLoaderData<typeof loader>();
  return <PrintSheetPage guide={guide} lang={lang} guideUrl={guideUrl} today={today} />;
}
