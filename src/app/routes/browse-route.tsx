import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BODY_AREAS, CATEGORIES, type BodyArea, type Category } from '../../content/vocabulary';
import { BrowsePage } from '../../features/browse/browse-page';
import { loadGuideCatalog } from '../guide-catalog';
import { ensureLanguage, notFound } from '../route-loaders';

type Group = { kind: 'area'; value: BodyArea } | { kind: 'category'; value: Category };

function parseGroup(kind: string | undefined, value: string | undefined): Group | undefined {
  const area = BODY_AREAS.find((a) => a === value);
  const category = CATEGORIES.find((c) => c === value);
  if (kind === 'area' && area) return { kind, value: area };
  if (kind === 'category' && category) return { kind, value: category };
  return undefined;
}

export async function loader(args: LoaderFunctionArgs) {
  const lang = await ensureLanguage(args);
  const group = parseGroup(args.params.kind, args.params.value);
  if (!group) notFound();
  const guides = (await loadGuideCatalog(lang)).filter((guide) =>
    group.kind === 'area' ? guide.bodyArea === group.value : guide.category === group.value,
  );
  if (guides.length === 0) notFound();
  return { lang, group, guides };
}

export function Component() {
  const { t } = useTranslation();
  const { lang, group, guides } = useLoaderData<typeof loader>();
  const heading =
    group.kind === 'area' ? t(`bodyArea.${group.value}`) : t(`category.${group.value}`);
  return <BrowsePage lang={lang} heading={heading} guides={guides} />;
}
