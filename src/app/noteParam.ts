/**
 * The `note=` link field: a teacher's sentence pinned to a moment, as plain text. What a link
 * carries is cleaned before anything shows it: control characters become spaces (a note is
 * one line), bidirectional overrides and isolates are dropped (they could make the text around
 * the note read backwards), and more than `NOTE_MAX_CHARS` characters are cut, with a message.
 */

/** The longest note, in characters (code points, so an emoji is never cut in half). */
export const NOTE_MAX_CHARS = 280;

// C0 and C1 controls (tab and newlines included: a note is one line), and DEL.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * The note a link's `note=` value says, or null for none (absent, empty or blank), with a
 * message for each thing changed on the way.
 *
 * @example
 *   readNote('Watch Thread-2 here'); // { text: 'Watch Thread-2 here', errors: [] }
 *   readNote('x'.repeat(300)).errors; // ['note: 300 characters is more than 280; showing the first 280.']
 */
export function readNote(value: string | null): { text: string | null; errors: string[] } {
  if (value === null) return { text: null, errors: [] };
  const errors: string[] = [];
  const cleaned = value.replace(CONTROLS, ' ').replace(BIDI_CONTROLS, '');
  if (cleaned !== value.replace(CONTROLS, ' '))
    errors.push('note: direction-changing characters were removed.');
  const chars = Array.from(cleaned.trim());
  if (chars.length === 0) return { text: null, errors };
  if (chars.length > NOTE_MAX_CHARS)
    errors.push(
      `note: ${chars.length} characters is more than ${NOTE_MAX_CHARS}; showing the first ${NOTE_MAX_CHARS}.`,
    );
  return { text: chars.slice(0, NOTE_MAX_CHARS).join('').trimEnd(), errors };
}
