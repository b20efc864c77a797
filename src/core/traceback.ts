/**
 * CPython's traceback text, frame by frame, for the target version.
 *
 * @example
 *   formatTraceback(exc.tb, exc, ctx)
 *   // 'Traceback (most recent call last):\n  File "/path/script.py", line 4, in <module>\n ...'
 */
import type { LibSite, Op, TbEntry } from './frames';
import type { PyException } from './exceptions';
import type { PythonVersion } from './versions';
import { caretLine } from './carets';

export interface TracebackContext {
  version: PythonVersion;
  /** The program's source, split into lines (index 0 is line 1). */
  lines: readonly string[];
  scriptPath: string;
  /** The stdlib directory, e.g. `/usr/lib/python3.11`. */
  libDir: string;
}

/** What the library line is doing, for its carets. */
function libOp(site: LibSite, source: string): Op | null {
  if (source.startsWith('raise')) return { kind: 'raise' };
  const m = /([\w]+)\(/.exec(source);
  return m?.[1] ? { kind: 'call', name: m[1] } : null;
}

function entryText(e: TbEntry, ctx: TracebackContext): string {
  let file: string, line: number, name: string, text: string, op: Op | null;
  if (e.kind === 'user') {
    file = ctx.scriptPath;
    line = e.line;
    name = e.name;
    text = ctx.lines[e.line - 1] ?? '';
    op = e.op;
  } else {
    const s = ctx.version.site(e.site);
    file = `${ctx.libDir}/${s.file}`;
    line = s.line;
    name = s.func;
    text = `        ${s.source}`;
    op = libOp(e.site, s.source);
  }
  let out = `  File "${file}", line ${line}, in ${name}\n`;
  if (text.trim() !== '') {
    out += `    ${text.trim()}\n`;
    const carets = caretLine(ctx.version.carets, text, op);
    if (carets !== null) out += `${carets}\n`;
  }
  return out;
}

/** `Traceback (most recent call last):` + the frames + the exception's last line. */
export function formatTraceback(
  entries: readonly TbEntry[],
  exc: PyException,
  ctx: TracebackContext,
): string {
  let out = 'Traceback (most recent call last):\n';
  for (const e of entries) out += entryText(e, ctx);
  return `${out}${exc.lastLine()}\n`;
}
