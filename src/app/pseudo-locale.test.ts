import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoLocalizeText } from './pseudo-locale';

describe('pseudo-locale', () => {
  it('accents, pads and brackets text, so untranslated strings stand out', () => {
    const result = pseudoLocalizeText('Search');
    expect(result).toMatch(/^⟦Séárçh·+⟧$/);
    expect(result.length).toBeGreaterThan('Search'.length * 1.3);
  });

  it('keeps placeholders and glossary ids working', () => {
    expect(pseudoLocalizeText('{{count}} guides')).toContain('{{count}} ');
    const marked = pseudoLocalizeText('A [[biopsy|biopsy]] test');
    expect(marked).toContain('[[biopsy|bíöpsý]]');
  });

  it('keeps keys and lists as they are', () => {
    expect(pseudoLocalize({ a: ['x'], b: { c: 'd' } })).toEqual({ a: ['⟦x·⟧'], b: { c: '⟦d·⟧' } });
  });
});
