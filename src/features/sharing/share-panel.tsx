import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type Language, type Stage } from '../../content/vocabulary';
import {
  clinicNotesHash,
  NOTE_FIELDS,
  type ClinicNotes,
  type NoteField,
} from '../../lib/clinic-notes';
import { languageAutonym } from '../../lib/language';
import { QrCode } from '../../components/qr-code';
import { useOpenOrigin } from '../../lib/page-address';
import { ShareLink } from './share-link';
import './share-panel.css';

type Target = 'guide' | Stage | 'sheet';

/** Each language as an option named in its own words. */
function LanguageOptions({ languages }: { languages: readonly Language[] }) {
  return languages.map((option) => (
    <option key={option} value={option} lang={option}>
      {languageAutonym(option)}
    </option>
  ));
}

/** The address a choice of language, page and notes opens: notes only ever in the fragment. */
export function shareAddress(options: {
  origin: string;
  code: string;
  lang: Language;
  target: Target;
  also?: Language;
  notes: ClinicNotes;
}): string {
  const base = `${options.origin}/${options.lang}/procedures/${encodeURIComponent(options.code)}`;
  const path =
    options.target === 'guide'
      ? base
      : options.target === 'sheet'
        ? `${base}/print${options.also && options.also !== options.lang ? `?also=${options.also}` : ''}`
        : `${base}/walkthrough/${options.target}`;
  return path + clinicNotesHash(options.notes);
}

/**
 * For clinicians: choose the patient's language, where the link opens and optional clinic
 * notes; then copy, share or show the link as a QR code. Nothing is sent anywhere.
 */
export function SharePanel({
  code,
  lang,
  languages,
  title,
}: {
  code: string;
  lang: Language;
  /** The languages this guide is offered in. */
  languages: readonly Language[];
  title: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [patientLang, setPatientLang] = useState<Language>(lang);
  const [also, setAlso] = useState<Language | ''>('');
  const [target, setTarget] = useState<Target>('guide');
  const [notes, setNotes] = useState<ClinicNotes>({});
  const [showQr, setShowQr] = useState(false);
  const url = shareAddress({
    origin: useOpenOrigin(),
    code,
    lang: patientLang,
    target,
    also: also || undefined,
    notes,
  });
  return (
    <details className="share-panel no-print">
      <summary>{t('share.panelHeading')}</summary>
      <div className="share-panel__body">
        <div className="share-panel__field">
          <label htmlFor={`${id}-lang`}>{t('share.language')}</label>
          <select
            id={`${id}-lang`}
            value={patientLang}
            onChange={(event) => setPatientLang(event.target.value as Language)}
          >
            <LanguageOptions languages={languages} />
          </select>
        </div>
        <div className="share-panel__field">
          <label htmlFor={`${id}-target`}>{t('share.target')}</label>
          <select
            id={`${id}-target`}
            value={target}
            onChange={(event) => setTarget(event.target.value as Target)}
          >
            <option value="guide">{t('share.targetGuide')}</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {t('share.targetStage', { stage: t(`stage.${stage}.title`) })}
              </option>
            ))}
            <option value="sheet">{t('share.targetSheet')}</option>
          </select>
        </div>
        {target === 'sheet' && (
          <div className="share-panel__field">
            <label htmlFor={`${id}-also`}>{t('share.secondLanguage')}</label>
            <select
              id={`${id}-also`}
              value={also}
              onChange={(event) => setAlso(event.target.value as Language | '')}
            >
              <option value="">{t('share.secondNone')}</option>
              <LanguageOptions languages={languages.filter((option) => option !== patientLang)} />
            </select>
          </div>
        )}
        <fieldset className="share-panel__notes">
          <legend>{t('share.notesHeading')}</legend>
          <p className="share-panel__privacy">{t('share.notesPrivacy')}</p>
          {(Object.keys(NOTE_FIELDS) as NoteField[]).map((field) => {
            const Input =
              field === 'note' || field === 'food' || field === 'medicines' ? 'textarea' : 'input';
            return (
              <div className="share-panel__field" key={field}>
                <label htmlFor={`${id}-${field}`}>{t(`notes.${field}`)}</label>
                <Input
                  id={`${id}-${field}`}
                  maxLength={NOTE_FIELDS[field]}
                  value={notes[field] ?? ''}
                  dir="auto"
                  aria-describedby={`${id}-${field}-limit`}
                  onChange={(event: { target: { value: string } }) =>
                    setNotes((current) => ({ ...current, [field]: event.target.value }))
                  }
                />
                <span id={`${id}-${field}-limit`} className="share-panel__limit">
                  {t('share.upTo', { max: NOTE_FIELDS[field] })}
                </span>
              </div>
            );
          })}
        </fieldset>
        <div className="share-panel__field">
          <label htmlFor={`${id}-url`}>{t('share.link')}</label>
          <input
            id={`${id}-url`}
            readOnly
            value={url}
            dir="ltr"
            onFocus={(e) => e.target.select()}
          />
        </div>
        <ShareLink title={title} url={url} />
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showQr}
          onClick={() => setShowQr((value) => !value)}
        >
          {showQr ? t('share.hideQr') : t('share.showQr')}
        </button>
        {showQr && <QrCode value={url} label={t('share.qrLabel')} className="share-panel__qr" />}
      </div>
    </details>
  );
}
