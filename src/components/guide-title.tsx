import { useTranslation } from 'react-i18next';
import type { Language } from '../content/vocabulary';

/** A guide's title in a list; where it is still in English, marked so in words and `lang`. */
export function GuideTitle({
  title,
  titleLang,
  lang,
}: {
  title: string;
  titleLang: Language;
  lang: Language;
}) {
  const { t } = useTranslation();
  if (titleLang === lang) return <>{title}</>;
  return (
    <>
      <span lang={titleLang}>{title}</span> {t('guide.inEnglish')}
    </>
  );
}

/** "CPT 45378", the code kept left to right inside any script. */
export function GuideCode({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <>
      {t('codeSystem.cpt')}{' '}
      <span className="code" dir="ltr">
        {code}
      </span>
    </>
  );
}
