/**
 * Runs scenario programs in the real python3 (through scenarios_runner.py, which shortens the
 * waits) and gives back stdout, stderr, and each print's thread, for comparison with the
 * simulated console.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNNER = new URL('./scenarios_runner.py', import.meta.url).pathname;

export interface CPythonRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  /** Each print call: the thread that made it and its text. */
  prints: { thread: string; text: string }[];
}

/** Fails loudly, once, when there is no python3 to compare with. */
export function requirePython(): string {
  const r = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('python3 is required for the CPython comparison tests');
  return r.stdout.trim();
}

/**
 * Runs one program; `scale` multiplies every Timer interval and result() timeout, and
 * `sleepScale` every time.sleep (the executor scenarios' jobs).
 */
export function runCPython(
  source: string,
  name: string,
  scale: number,
  sleepScale = 1,
): Promise<CPythonRun> {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
  const script = join(dir, `${name}.py`);
  const log = join(dir, 'prints.jsonl');
  writeFileSync(script, source);
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-u', RUNNER, script, String(scale), log, String(sleepScale)]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const prints = readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [thread, text] = JSON.parse(l) as [string, string];
          return { thread, text };
        });
      rmSync(dir, { recursive: true, force: true });
      resolve({ stdout, stderr, exitCode, prints });
    });
  });
}

/** Runs `jobs` with at most `limit` python3 processes at once (the machine is shared). */
export async function inPool<T, R>(
  items: T[],
  limit: number,
  job: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Addresses differ between runs: `0x7f5a1c537ac8` → `0x…`. */
export const maskAddresses = (text: string): string => text.replace(/0x[0-9a-f]{4,}/g, '0x…');
