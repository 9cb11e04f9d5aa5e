import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './share-link.css';

type Outcome = 'copied' | 'failed' | undefined;

/**
 * Copies the page's address (the fragment included, where clinic notes will travel), or opens
 * the system share sheet where the browser has one. Nothing is sent anywhere by Plainly.
 */
export function ShareLink({ title, url: address }: { title: string; url: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const url = () => address;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url());
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url: url() });
    } catch {
      // Closing the share sheet is a choice, not an error.
    }
  }

  return (
    <div className="share-link">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      {canShare && (
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          {t('share.systemShare')}
        </button>
      )}
      <p role="status" className="share-link__status">
        {outcome === 'copied' && t('share.copied')}
        {outcome === 'failed' && t('share.copyFailed')}
      </p>
      {outcome === 'failed' && (
        <label className="share-link__manual">
          {t('share.manualLabel')}
          <input type="text" readOnly value={url()} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
