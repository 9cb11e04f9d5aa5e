import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { guideListings, primaryCode } from '../../content/guide-listings';
import { loadGuideTitles } from '../../content/guide-titles';
import { GuidePage, type RelatedGuide } from '../../features/guide/guide-page';
import { SharePanel } from '../../features/sharing/share-panel';
import { PrintOnlySheet } from '../../features/print-sheet/print-sheet-page';
import { guideLoader } from '../guide-loader';

export async function loader(args: LoaderFunctionArgs) {
  const loaded = await guideLoader(args);
  const { guide } = loaded;
  const titles = await loadGuideTitles(guide.textLanguage);
  const related: RelatedGuide[] = guide.record.related.flatMap((id) => {
    const listing = guideListings.find((l) => l.id === id);
    const about = titles.get(id);
    return listing && about ? [{ code: primaryCode(listing), about }] : [];
  });
  return { ...loaded, related };
}

export function Component() {
  const { lang, guide, related, offeredLanguages } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="screen-only">
        <GuidePage
          guide={guide}
          lang={lang}
          related={related}
          shareSlot={
            <SharePanel
              code={guide.code}
              lang={lang}
              languages={offeredLanguages}
              title={guide.text.about.title}
            />
          }
        />
      </div>
      <PrintOnlySheet guide={guide} lang={lang} />
    </>
  );
}
