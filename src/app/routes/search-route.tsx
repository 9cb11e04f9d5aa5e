import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { SearchPage } from '../../features/search/search-page';
import { ensureLanguage } from '../route-loaders';

export async function loader(args: LoaderFunctionArgs) {
  return { lang: await ensureLanguage(args) };
}

export function Component() {
  const { lang } = useLoaderData<typeof loader>();
  return <SearchPage lang={lang} />;
}
