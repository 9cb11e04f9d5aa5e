import { describe, expect, it } from 'vitest';
import { loadGuideSearch, normaliseTerm } from './search-index';

// Queries a patient might type, and the guide that must come in the first three results.
const QUERIES: [lang: 'en' | 'es', query: string, code: string][] = [
  ['en', '21925', '21925'],
  ['en', ' 21920 ', '21920'],
  ['en', '20206', '20206'],
  ['en', '2192', '21925'],
  ['en', '2192', '21920'],
  ['en', 'back lump biopsy', '21925'],
  ['en', 'flank lump', '21925'],
  ['en', 'flank biopsy', '21920'],
  ['en', 'biopsy of a lump on the back', '21925'],
  ['en', 'deep biopsy back', '21925'],
  ['en', 'lump under the skin', '21920'],
  ['en', 'muscle biopsy', '20206'],
  ['en', 'musle biopsy', '20206'],
  ['en', 'thigh muscle sample', '20206'],
  ['es', '21925', '21925'],
  ['es', 'biopsia espalda', '21925'],
  ['es', 'biopsia muscular', '20206'],
  ['es', 'biopsia musculo', '20206'],
  ['es', 'biopsia músculo', '20206'],
  ['es', 'muscle biopsy', '20206'],
];

describe('guide search', () => {
  it.each(QUERIES)('(%s) "%s" finds %s in the first three', async (lang, query, code) => {
    const search = await loadGuideSearch(lang);
    const codes = search.search(query).map((hit) => hit.code);
    expect(codes.slice(0, 3)).toContain(code);
  });

  it('forgives a typo: "biopsi" lists biopsies first', async () => {
    const search = await loadGuideSearch('en');
    const titles = search.search('biopsi').map((hit) => hit.title);
    expect(titles.slice(0, 5).every((title) => /biopsy/i.test(title))).toBe(true);
  });

  it('puts the exact code first', async () => {
    const search = await loadGuideSearch('en');
    expect(search.search('21920')[0]?.code).toBe('21920');
  });

  it('does not forgive typos in codes', async () => {
    const search = await loadGuideSearch('en');
    expect(search.search('21952')).toEqual([]);
  });

  it('finds nothing for nonsense, markup or prototype keys, without throwing', async () => {
    const search = await loadGuideSearch('en');
    for (const query of ['zzzqqq', '<script>alert(1)</script>', '__proto__', 'constructor', '']) {
      expect(search.search(query)).toEqual([]);
    }
    expect(search.search('biopsy '.repeat(1000)).length).toBeGreaterThan(0);
  });

  it('folds case and accents, and drops filler words', () => {
    expect(normaliseTerm('Músculo')).toBe('musculo');
    expect(normaliseTerm('the')).toBeNull();
    expect(normaliseTerm('de')).toBeNull();
  });
});
