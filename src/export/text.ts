/**
 * Text in a scene: exports draw labels and code in a monospace font, so a text's width is
 * known without measuring (every character is MONO_EM of the size wide, as in Menlo, DejaVu
 * Sans Mono and SF Mono; Consolas is a little narrower, so it only gains room).
 */

/** The width of one monospace character, as a fraction of the font size. */
export const MONO_EM = 0.61;

/** The width in pixels of `text` in the monospace font at `size`. */
export const monoWidth = (text: string, size: number): number => text.length * size * MONO_EM;

/**
 * `text` cut to at most `chars` characters, ending in … when cut (as the live view's lane
 * names do).
 *
 * @example shorten('ThreadPoolExecutor-0_12', 10); // 'ThreadPoo…'
 */
export function shorten(text: string, chars: number): string {
  if (text.length <= chars) return text;
  if (chars <= 1) return chars === 1 ? '…' : '';
  return `${text.slice(0, chars - 1)}…`;
}

/**
 * `text` in lines of at most `chars` characters, broken at spaces where it can and mid-word
 * where a word is longer than a line. Newlines in the text start new lines.
 *
 * @example wrapText('a teacher’s note on this step', 12); // ['a teacher’s', 'note on this', 'step']
 */
export function wrapText(text: string, chars: number): string[] {
  const width = Math.max(1, Math.floor(chars));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      let rest = word;
      while (rest.length > width) {
        if (line) lines.push(line);
        line = '';
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}
