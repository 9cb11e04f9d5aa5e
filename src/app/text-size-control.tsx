import { useEffect, useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyTextSize,
  chooseTextSize,
  storedTextSize,
  subscribeTextSize,
  TEXT_SIZES,
  type TextSize,
} from '../lib/text-size';

/** Text size, in the site header: four steps, remembered on this device. */
export function TextSizeControl() {
  const { t } = useTranslation();
  const id = useId();
  // The prerendered page shows the normal size; the reader's own choice follows at once.
  const size = useSyncExternalStore(subscribeTextSize, storedTextSize, () => 'normal' as const);
  // Another tab may have changed it (the storage event): keep this page in step.
  useEffect(() => applyTextSize(size), [size]);
  return (
    <div className="text-size">
      <label htmlFor={id}>{t('textSize.label')}</label>
      <select
        id={id}
        value={size}
        onChange={(event) => chooseTextSize(event.target.value as TextSize)}
      >
        {TEXT_SIZES.map((option) => (
          <option key={option} value={option}>
            {t(`textSize.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
