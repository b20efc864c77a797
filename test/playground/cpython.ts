/**
 * The oracle: runs a program file on the machine's real `python3` and masks, in both
 * consoles, only what legitimately differs between CPython 3.11 and Pyodide's 3.14.
 *
 * @example
 *   const real = await runCPython('/path/prog.py');
 *   expect(maskStderr(ours)).toBe(maskStderr(real.stderr));
 */
import { execFile } from 'node:child_process';

export interface Console {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function runCPython(path: string): Promise<Console> {
  return new Promise((resolve) => {
    execFile('python3', ['-u', path], { timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ stdout, stderr, exitCode: code });
    });
  });
}

/** Object addresses (`0x7f…` in CPython, `0x1a…` in Pyodide) differ run to run. */
export const maskAddresses = (text: string): string => text.replace(/0x[0-9a-f]+/g, '0x…');

/** `id()` in decimal (the executor's "Future 140171368599504 in unexpected state"). */
const maskDecimalIds = (text: string): string => text.replace(/\b\d{7,}\b/g, '<id>');

const USER_FRAME = /^ {2}File "(?:[^"]*\/)?(?:main\.py|[\w-]+\.py)", line (\d+), in (.*)$/;
const LIB_FRAME = /^ {2}File "[^"]*(?:python3\.\d+|python\d+\.zip)\/([^"]+)", line \d+, in (.*)$/;
const CARETS = /^\s*[~^]+\s*$/;

/**
 * Masks in a traceback: the user file's path (a temp file vs `main.py`); stdlib paths, line
 * numbers and the source line under a stdlib frame (3.11 and 3.14 differ there); caret
 * lines (3.11 marks fewer expressions than 3.13+); object addresses, hex or decimal.
 */
export function maskStderr(text: string): string {
  const out: string[] = [];
  let skipSource = false;
  for (const line of maskDecimalIds(maskAddresses(text)).split('\n')) {
    if (skipSource) {
      skipSource = false;
      if (line.startsWith('    ')) continue;
    }
    if (CARETS.test(line)) continue;
    const lib = LIB_FRAME.exec(line);
    if (lib) {
      out.push(`  File "<LIB>/${lib[1]}", line <N>, in ${lib[2]}`);
      skipSource = true;
      continue;
    }
    const user = USER_FRAME.exec(line);
    out.push(user ? `  File "<USER>", line ${user[1]}, in ${user[2]}` : line);
  }
  return out.join('\n');
}
