// Clinic notes travel only in the address's fragment (after #), which browsers never send to
// a server. They are read field by field from a fixed list, bounded, and always shown as text.

export const NOTE_FIELDS = {
  arrive: 60,
  where: 160,
  food: 300,
  medicines: 300,
  phone: 40,
  note: 500,
} as const;

export type NoteField = keyof typeof NOTE_FIELDS;
export type ClinicNotes = Partial<Record<NoteField, string>>;

/** Longest fragment read at all: every field full, escaped, with room to spare. */
const MAX_FRAGMENT = 12_000;

export type ParsedNotes =
  { kind: 'none' } | { kind: 'notes'; notes: ClinicNotes } | { kind: 'invalid' };

/** Tabs and line breaks are fine in a note; other control characters mean a damaged link. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f;
  });
}

function isNoteField(key: string): key is NoteField {
  return Object.hasOwn(NOTE_FIELDS, key);
}

/** The notes in a location hash ("#arrive=…&phone=…"), or why there are none. */
export function parseClinicNotes(hash: string): ParsedNotes {
  const fragment = hash.replace(/^#/, '');
  if (!fragment) return { kind: 'none' };
  if (fragment.length > MAX_FRAGMENT) return { kind: 'invalid' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(fragment);
  } catch {
    return { kind: 'invalid' };
  }
  const notes: ClinicNotes = {};
  for (const [key, value] of params) {
    if (!isNoteField(key) || Object.hasOwn(notes, key)) return { kind: 'invalid' };
    const text = value.trim();
    if ([...text].length > NOTE_FIELDS[key] || hasControlCharacter(text))
      return { kind: 'invalid' };
    if (text) notes[key] = text;
  }
  return Object.keys(notes).length > 0 ? { kind: 'notes', notes } : { kind: 'none' };
}

/** "#arrive=…&phone=…" for the notes that are filled in, or "" when none are. */
export function clinicNotesHash(notes: ClinicNotes): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(NOTE_FIELDS) as NoteField[]) {
    const value = notes[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `#${query}` : '';
}
