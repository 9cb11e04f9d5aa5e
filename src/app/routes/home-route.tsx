import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { BODY_AREAS, CATEGORIES } from '../../content/vocabulary';
import { HomePage } from '../../features/home/home-page';
import { countBy, loadGuideCatalog } from '../guide-catalog';
import { ensureLanguage } from '../route-loaders';

export async function loader(args: LoaderFunctionArgs) {
  const lang = await ensureLanguage(args);
  const guides = await loadGuideCatalog(lang);
  return {
    lang,
    guides,
    areas: countBy(
      guides.map((g) => g.bodyArea),
      BODY_AREAS,
    ),
    categories: countBy(
      guides.map((g) => g.category),
      CATEGORIES,
    ),
  };
}

export function Component() {
  const { lang, guides, areas, categories } = useLoaderData<typeof loader>();
  return <HomePage lang={lang} guides={guides} areas={areas} categories={categories} />;
}
