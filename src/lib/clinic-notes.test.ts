import { describe, expect, it } from 'vitest';
import { clinicNotesHash, parseClinicNotes } from './clinic-notes';

describe('clinic notes in the fragment', () => {
  it('round-trips every field, including markup, quotes, emoji and right-to-left text', () => {
    const notes = {
      arrive: '2026-12-01 07:30',
      where: 'Building B, 2nd floor "Day Surgery"',
      food: 'No food after midnight 🍎',
      medicines: "<script>alert('x')</script>",
      phone: '+1 (555) 010-0199',
      note: 'اتصل بنا إذا كان لديك سؤال',
    };
    expect(parseClinicNotes(clinicNotesHash(notes))).toEqual({ kind: 'notes', notes });
  });

  it('accepts free text of exactly 500 characters and refuses 501', () => {
    expect(parseClinicNotes(clinicNotesHash({ note: 'é'.repeat(500) })).kind).toBe('notes');
    expect(parseClinicNotes(clinicNotesHash({ note: 'é'.repeat(501) })).kind).toBe('invalid');
  });

  it.each([
    '#__proto__=x',
    '#constructor=x&note=y',
    '#note=a&note=b',
    '#name=Jane',
    `#note=${'x'.repeat(20_000)}`,
    '#note=%00bad',
  ])('refuses %s', (hash) => {
    expect(parseClinicNotes(hash)).toEqual({ kind: 'invalid' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('has no notes when the fragment is empty or blank', () => {
    expect(parseClinicNotes('')).toEqual({ kind: 'none' });
    expect(parseClinicNotes('#note=%20')).toEqual({ kind: 'none' });
    expect(clinicNotesHash({ note: '  ' })).toBe('');
  });
});
