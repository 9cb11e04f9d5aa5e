import { useTranslation } from 'react-i18next';

const DESCRIPTION_LIMIT = 160;

/** Search engines show about 160 characters; cut at a word and say that more follows. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LIMIT) return flat;
  const cut = flat.slice(0, DESCRIPTION_LIMIT - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > DESCRIPTION_LIMIT / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The page's title and description for the browser tab, search engines and link previews in
 * messages. React places these in <head>, where prerendered pages already hold them.
 */
export function PageHead({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  const summary = shorten(description);
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={summary} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={t('site.name')} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={summary} />
    </>
  );
}
