import { useContentTranslation } from './content-language';
import type { GuideText } from '../content/schema';
import { BulletList } from './guide-lists';
import './get-help-box.css';

/** Urgent signs and signs to call about: bordered and labelled so it stands out without colour. */
export function GetHelpBox({
  getHelp,
  headingLevel,
  id,
}: {
  getHelp: GuideText['getHelp'];
  headingLevel: 2 | 3;
  id?: string;
}) {
  const { t } = useContentTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="get-help" aria-labelledby={`${id ?? 'get-help'}-heading`} id={id}>
      <Heading id={`${id ?? 'get-help'}-heading`} className="get-help__heading">
        {t('getHelp.heading')}
      </Heading>
      <div className="get-help__urgent">
        <Sub>{t('getHelp.emergency')}</Sub>
        <BulletList items={getHelp.emergency} />
      </div>
      <div className="get-help__call">
        <Sub>{t('getHelp.callCareTeam')}</Sub>
        <BulletList items={getHelp.callCareTeam} />
      </div>
    </section>
  );
}
