import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { STAGES, type Stage } from '../../content/vocabulary';
import { WalkthroughPage } from '../../features/walkthrough/walkthrough-page';
import { PrintOnlySheet } from '../../features/print-sheet/print-sheet-page';
import { guideLoader } from '../guide-loader';
import { notFound } from '../route-loaders';

function isStage(value: string | undefined): value is Stage {
  return STAGES.some((stage) => stage === value);
}

export async function loader(args: LoaderFunctionArgs) {
  const { stage } = args.params;
  const loaded = await guideLoader(args);
  if (!isStage(stage)) notFound();
  return { ...loaded, stage };
}

export function Component() {
  const { lang, guide, stage } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="screen-only">
        <WalkthroughPage guide={guide} lang={lang} stage={stage} />
      </div>
      <PrintOnlySheet guide={guide} lang={lang} />
    </>
  );
}
