import { useId, useState } from 'react';
import { Form } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../content/schema';
import './search-box.css';

export const MAX_QUERY_LENGTH = 200;

/** The "name or code" search form; it works as a plain GET form even before scripts run. */
export function SearchBox({
  lang,
  initialQuery = '',
  onQueryChange,
}: {
  lang: Language;
  initialQuery?: string;
  /** Called on each keystroke, for pages that show results as the visitor types. */
  onQueryChange?: (query: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  return (
    <Form role="search" method="get" action={`/${lang}/search`} className="search-box">
      <label htmlFor={`${id}-q`} className="search-box__label">
        {t('search.label')}
      </label>
      <p id={`${id}-hint`} className="search-box__hint">
        {t('search.hint')}
      </p>
      <div className="search-box__row">
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setQuery(event.target.value);
            onQueryChange?.(event.target.value);
          }}
        />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </div>
    </Form>
  );
}
