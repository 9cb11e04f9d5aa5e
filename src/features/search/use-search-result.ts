import { useEffect, useEffectEvent, useState } from 'react';
import type { Language } from '../../content/schema';

/**
 * The result of an asynchronous search for `query` in `lang`, or `undefined` while it runs.
 * A result that arrives after the query has changed is dropped.
 */
export function useSearchResult<T>(
  lang: Language,
  query: string,
  search: (lang: Language, query: string) => Promise<T>,
): T | undefined {
  const [state, setState] = useState<{ key: string; result: T }>();
  const key = `${lang}\u0000${query}`;
  const run = useEffectEvent(search);
  useEffect(() => {
    let current = true;
    void run(lang, query).then((result) => {
      if (current) setState({ key, result });
    });
    return () => {
      current = false;
    };
  }, [key, lang, query]);
  return state?.key === key ? state.result : undefined;
}
