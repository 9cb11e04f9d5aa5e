import { describe, expect, it } from 'vitest';
import { matchLanguage, preferredLanguage, rememberLanguage, withLanguage } from './language';

describe('matchLanguage', () => {
  it.each([
    ['en', 'en'],
    ['EN', 'en'],
    ['es-MX', 'es'],
    ['es_419', 'es'],
    ['en-GB', 'en'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['ZH-HANS', 'zh-Hans'],
    ['fil-PH', 'tl'],
    ['tl', 'tl'],
    ['ar-EG', 'ar'],
    ['ko-KR', 'ko'],
    ['vi-VN', 'vi'],
  ])('maps %s to %s', (tag, lang) => expect(matchLanguage(tag)).toBe(lang));

  it.each([
    'fr',
    'zh-TW',
    'zh-Hant',
    '',
    '__proto__',
    'constructor',
    'x'.repeat(100),
    null,
    undefined,
  ])('refuses %s', (tag) => expect(matchLanguage(tag)).toBeUndefined());
});

describe('preferredLanguage', () => {
  it('uses the saved choice before the browser languages', () => {
    rememberLanguage('es');
    expect(preferredLanguage()).toBe('es');
  });

  it('falls back to the browser languages, then English', () => {
    expect(preferredLanguage()).toBe('en');
  });
});

describe('withLanguage', () => {
  it('replaces only the first path segment', () => {
    expect(withLanguage('/en/procedures/21925/walkthrough/feel', 'es')).toBe(
      '/es/procedures/21925/walkthrough/feel',
    );
    expect(withLanguage('/en', 'es')).toBe('/es/');
  });
});
