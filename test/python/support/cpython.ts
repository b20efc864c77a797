/**
 * Runs a Python program in the real `python3` with shortened waits (see sitecustomize.py) and
 * returns its stdout, stderr and exit code. Also detects the interpreter's version.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SUPPORT_DIR = dirname(fileURLToPath(import.meta.url));

export interface PythonInfo {
  version: string;
  libDir: string;
}

/** `python3 --version` and its stdlib directory; throws a clear error if python3 is missing. */
export function detectPython(): PythonInfo {
  try {
    const banner = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
    const version = /^Python (\d+\.\d+\.\d+)/.exec(banner)?.[1];
    if (!version) throw new Error(`unexpected "python3 --version" output: ${banner}`);
    const libDir = execFileSync(
      'python3',
      ['-c', 'import os, threading; print(os.path.dirname(threading.__file__))'],
      {
        encoding: 'utf8',
      },
    ).trim();
    return { version, libDir };
  } catch (e) {
    throw new Error(
      `The CPython oracle needs python3 on PATH, and running it failed: ${String(e)}`,
    );
  }
}

export interface PythonRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

const workDir = mkdtempSync(join(tmpdir(), 'futures-oracle-'));

// A few interpreters at a time: the machine has 2 cores and timing gaps must stay reliable.
const MAX_PARALLEL = 3;
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(job: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await job();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Writes `source` to `<name>.py` and runs it; returns the script path used and the outputs. */
export function runPython(
  name: string,
  source: string,
  scale: number,
): { path: string; run: Promise<PythonRun> } {
  const path = join(workDir, `${name}.py`);
  writeFileSync(path, source);
  const run = slot(() => spawnPython(path, scale));
  return { path, run };
}

function spawnPython(path: string, scale: number): Promise<PythonRun> {
  return new Promise<PythonRun>((resolve, reject) => {
    const child = spawn('python3', ['-u', path], {
      cwd: workDir,
      env: {
        ...process.env,
        PYTHONPATH: SUPPORT_DIR,
        VT_SCALE: String(scale),
        PYTHONDONTWRITEBYTECODE: '1',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

/** Masks what differs run to run: addresses, thread idents, object ids, the stdlib and script paths. */
export function mask(text: string, paths: { lib: string; script: string }): string {
  return text
    .split(paths.script)
    .join('<SCRIPT>')
    .split(paths.lib)
    .join('<LIB>')
    .replace(/0x[0-9a-f]+/g, '0x…')
    .replace(/\b\d{9,}\b/g, '<ident>');
}
