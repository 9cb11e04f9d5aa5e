import { useContentTranslation } from './content-language';
import type { MedicalCode } from '../content/schema';

/** The codes a guide covers, each with its system and our own plain title. */
export function GuideCodes({
  codes,
  titles,
}: {
  codes: readonly MedicalCode[];
  titles: Record<string, string>;
}) {
  const { t } = useContentTranslation();
  return (
    <dl className="guide-codes">
      {codes.map((code) => (
        <div key={`${code.system}-${code.code}`}>
          <dt>
            {t(`codeSystem.${code.system}`)}{' '}
            <span className="code" dir="ltr">
              {code.code}
            </span>
          </dt>
          <dd>{titles[code.code]}</dd>
        </div>
      ))}
    </dl>
  );
}
