import { useId } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NOTE_FIELDS, parseClinicNotes, type NoteField } from '../lib/clinic-notes';
import './clinic-notes-box.css';

/** The clinic's notes from the link's fragment, as plain text in a box; or why they are not shown. */
export function ClinicNotesBox() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const parsed = parseClinicNotes(hash);
  // A guide page also holds its (print-only) sheet, so the heading's id must be unique.
  const headingId = useId();
  if (parsed.kind === 'none') return null;
  if (parsed.kind === 'invalid')
    return (
      <p className="notice" role="note">
        {t('notes.invalid')}
      </p>
    );
  const fields = (Object.keys(NOTE_FIELDS) as NoteField[]).filter((key) => parsed.notes[key]);
  return (
    <section className="clinic-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notes.heading')}</h2>
      <dl>
        {fields.map((key) => (
          <div key={key}>
            <dt>{t(`notes.${key}`)}</dt>
            {/* dir="auto": a note may be written in another script than the page. */}
            <dd dir="auto">{parsed.notes[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
