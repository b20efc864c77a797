/**
 * Where CPython 3.11+ draws `^`/`~` under a traceback line (spec §7 V-1), from the line's
 * text and what the frame was doing ({@link Op}).
 *
 * @example
 *   caretLine('v311', '    def bad(fut): raise ValueError("oops")', { kind: 'raise' })
 *   // '                  ^^^^^^^^^^^^^^^^^^^^^^^^'
 */
import type { Op } from './frames';
import type { CaretStyle } from './versions';

interface Segment {
  start: number;
  end: number;
  /** `[from, to)`: drawn `^`, the rest of the segment `~` (binary operator, 3.13 call args). */
  anchor: [number, number] | null;
}

const WORD = /[\w]/;

/** Start of the primary (name, number, string, call, subscript, dotted chain) ending at `i`. */
function atomStart(text: string, i: number): number {
  let j = i;
  for (;;) {
    const ch = text[j - 1];
    if (ch === undefined) return j;
    if (ch === ')' || ch === ']' || ch === '}') j = matchBack(text, j - 1);
    else if (ch === '"' || ch === "'") j = Math.max(0, text.lastIndexOf(ch, j - 2));
    else if (WORD.test(ch)) while (j > 0 && WORD.test(text[j - 1] ?? '')) j--;
    else return j;
    const prev = text[j - 1] ?? '';
    if (prev === '.') j--;
    // A call or subscript belongs to the primary right before it: f(x), d['k'].
    else if (!((text[j] === '(' || text[j] === '[') && /[\w)\]]/.test(prev))) return j;
  }
}

function matchBack(text: string, close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    const ch = text[k];
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') if (--depth === 0) return k;
  }
  return 0;
}

/** Index just past the bracket matching the one at `open`, skipping string literals. */
function matchForward(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    const ch = text[k];
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, k + 1);
      if (close < 0) return text.length;
      k = close;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') if (--depth === 0) return k + 1;
  }
  return text.length;
}

/** End of the operand that starts at or after `i`. */
function operandEnd(text: string, i: number): number {
  let j = i;
  while (text[j] === ' ') j++;
  if (text[j] === '-' || text[j] === '+') j++;
  if (text[j] === '(' || text[j] === '[' || text[j] === '{') j = matchForward(text, j);
  else if (text[j] === '"' || text[j] === "'") j = text.indexOf(text[j] ?? '', j + 1) + 1;
  else while (j < text.length && /[\w.]/.test(text[j] ?? '')) j++;
  while (text[j] === '(' || text[j] === '[') j = matchForward(text, j);
  return j;
}

function locate(text: string, op: Op, style: CaretStyle): Segment | null {
  switch (op.kind) {
    case 'raise': {
      const at = text.search(/\braise\b/);
      return at < 0 ? null : { start: at, end: text.trimEnd().length, anchor: null };
    }
    case 'subscript': {
      const at = text.indexOf(op.text);
      if (at < 0) return null;
      const end = at + op.text.length;
      // The value is drawn with ~ and the bracketed index with ^ (3.11+).
      return { start: at, end, anchor: [at + op.text.lastIndexOf('['), end] };
    }
    case 'span': {
      const at = text.indexOf(op.text);
      return at < 0 ? null : { start: at, end: at + op.text.length, anchor: null };
    }
    case 'call': {
      const re = new RegExp(`(?<![\\w])${op.name.replace(/[$.]/g, '\\$&')}\\s*\\(`);
      const m = re.exec(text);
      if (!m) return null;
      const open = m.index + m[0].length - 1;
      const end = matchForward(text, open);
      const start = atomStart(text, m.index + op.name.length);
      // 3.13 marks the callee with ~ and the argument list with ^.
      return { start, end, anchor: style === 'v313' ? [open, end] : null };
    }
    case 'binop': {
      const at =
        text.indexOf(` ${op.op} `) >= 0 ? text.indexOf(` ${op.op} `) + 1 : text.indexOf(op.op);
      if (at < 0) return null;
      let l = at;
      while (text[l - 1] === ' ') l--;
      const start = atomStart(text, l);
      const end = operandEnd(text, at + op.op.length);
      return { start, end, anchor: [at, at + op.op.length] };
    }
  }
}

/**
 * 3.13's `_should_show_carets`: no carets when the call is the whole value of `name = f(…)`,
 * or of `return f(…)` with a plain-name callee.
 */
function wholeValueCall(text: string, seg: Segment): boolean {
  if (text.slice(seg.end).trim() !== '') return false;
  const before = text.slice(0, seg.start);
  if (/^\s*[A-Za-z_]\w*\s*=\s*$/.test(before)) return true;
  return /^\s*return\s+$/.test(before) && /^[A-Za-z_]\w*\s*\(/.test(text.slice(seg.start));
}

/** The caret line CPython prints under `lineText` (unstripped), or null when it prints none. */
export function caretLine(style: CaretStyle, lineText: string, op: Op | null): string | null {
  if (style === 'none' || op === null) return null;
  const seg = locate(lineText, op, style);
  if (!seg) return null;
  const stripped = lineText.trim();
  const lead = lineText.length - lineText.trimStart().length;
  if (style === 'v313' && op.kind === 'call' && wholeValueCall(lineText, seg)) return null;
  const whole = seg.start <= lead && seg.end >= lead + stripped.length;
  if (whole && !seg.anchor) return null;
  let out = ' '.repeat(4 + seg.start - lead);
  for (let k = seg.start; k < seg.end; k++) {
    const inAnchor = seg.anchor !== null && k >= seg.anchor[0] && k < seg.anchor[1];
    out += seg.anchor === null || inAnchor ? '^' : '~';
  }
  return out;
}
