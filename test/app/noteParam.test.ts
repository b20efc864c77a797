import { describe, expect, it } from 'vitest';
import { us } from '../../src/core/trace';
import { NOTE_MAX_CHARS, readNote } from '../../src/app/noteParam';
import { readShellParams, shellQuery } from '../../src/app/urlState';

const shell = { t: us(0), speed: 1, presenter: false, theme: 'system' as const, predict: null };

describe('note= in a link', () => {
  it('pins the note to t=, or to 0 without one', () => {
    const at5 = readShellParams(new URLSearchParams('t=5.003&note=Watch+Thread-1'));
    expect(at5.errors).toEqual([]);
    expect(at5.params.note).toEqual({ text: 'Watch Thread-1', t: us(5_003_000) });
    expect(readShellParams(new URLSearchParams('note=Hello')).params.note).toEqual({
      text: 'Hello',
      t: us(0),
    });
  });

  it('pins it to noteAt= when the link has one, and names a bad one', () => {
    const q = readShellParams(new URLSearchParams('t=2&note=Hi&noteAt=5'));
    expect(q.params.note).toEqual({ text: 'Hi', t: us(5_000_000) });
    const bad = readShellParams(new URLSearchParams('t=2&note=Hi&noteAt=later'));
    expect(bad.params.note).toEqual({ text: 'Hi', t: us(2_000_000) });
    expect(bad.errors).toEqual([
      'noteAt: “later” is not a time in seconds; pinning the note to t.',
    ]);
  });

  it('keeps the first 280 characters of a longer note and says so', () => {
    const { params, errors } = readShellParams(new URLSearchParams({ note: 'a'.repeat(10_000) }));
    expect(params.note?.text).toBe('a'.repeat(NOTE_MAX_CHARS));
    expect(errors).toEqual(['note: 10000 characters is more than 280; showing the first 280.']);
    // Characters, not UTF-16 units: an emoji is one and is never cut in half.
    const emoji = readNote('😀'.repeat(281));
    expect(Array.from(emoji.text!)).toHaveLength(280);
    expect(emoji.text).toBe('😀'.repeat(280));
  });

  it('keeps markup as the characters it is', () => {
    const payload = '<img src=x onerror=alert(1)><b>bold</b>';
    expect(readNote(payload)).toEqual({ text: payload, errors: [] });
  });

  it('turns control characters into spaces and drops direction overrides', () => {
    expect(readNote('one\ntwo\u0000three\u0085four').text).toBe('one two three four');
    const rtl = readNote('see \u202Egnp.exe\u202C and \u2066x\u2069');
    expect(rtl.text).toBe('see gnp.exe and x');
    expect(rtl.errors).toEqual(['note: direction-changing characters were removed.']);
    // Right-to-left text itself is kept.
    expect(readNote('שלום עולם').text).toBe('שלום עולם');
  });

  it('has no note when the field is empty or blank', () => {
    for (const q of ['note=', 'note=%20%20', 'note=%0A%09'])
      expect(readShellParams(new URLSearchParams(q)).params.note, q).toBeUndefined();
  });

  it('writes the note, its moment only where it is not the playhead, and embed=1', () => {
    const q = new URLSearchParams('scenario=fetch-square');
    const note = { text: 'Look: <here> & now', t: us(5_000_000) };
    expect(shellQuery(q, { ...shell, t: us(5_000_000), note })).toBe(
      'scenario=fetch-square&t=5&note=Look%3A+%3Chere%3E+%26+now',
    );
    expect(shellQuery(q, { ...shell, t: us(1_000_000), note, embed: true })).toBe(
      'scenario=fetch-square&t=1&note=Look%3A+%3Chere%3E+%26+now&noteAt=5&embed=1',
    );
    const back = readShellParams(
      new URLSearchParams(shellQuery(q, { ...shell, t: us(1_000_000), note })),
    );
    expect(back.params.note).toEqual(note);
  });
});
