import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { guideListings, primaryCode } from '../../content/guide-listings';
import { loadGuideTitles } from '../../content/guide-titles';
import { HomePage } from '../../features/home/home-page';
import { ensureLanguage } from '../route-loaders';

export async function loader(args: LoaderFunctionArgs) {
  const lang = await ensureLanguage(args);
  const [titles, english] = await Promise.all([loadGuideTitles(lang), loadGuideTitles('en')]);
  const guides = guideListings.map((listing) => ({
    code: primaryCode(listing),
    title: (titles.get(listing.id) ?? english.get(listing.id))?.title ?? listing.id,
  }));
  return { lang, guides };
}

export function Component() {
  const { lang, guides } = useLoaderData<typeof loader>();
  return <HomePage lang={lang} guides={guides} />;
}
