/**
 * Runs learner programs on a loaded Pyodide: shared by the Web Worker and the Node tests.
 *
 * @example
 *   const py = await loadPyodide({ indexURL });
 *   await preparePython(py);
 *   const outcome = await runProgram(py, source, DEFAULT_LIMITS);
 */
import type { Trace } from '../core/trace';
import { PYTHON_FILES } from './python-files';
import { DEFAULT_LIMITS, type RunLimits } from './limits';
import { BUDGET_MESSAGES, type RunOutcome } from './report';

/** The part of the Pyodide API this module uses (keeps the worker and Node tests honest). */
export interface PyodideLike {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  runPythonAsync(code: string): Promise<unknown>;
  globals: { set(name: string, value: unknown): void };
}

// Kept apart so the page's bridge does not carry this module's Python text (85 kB).
export { DEFAULT_LIMITS, type RunLimits } from './limits';

const DIR = '/vt';

/** What preparePython runs once the files are written (part of the snapshot's key). */
export const PREPARE_CODE =
  `import sys\nif ${JSON.stringify(DIR)} not in sys.path: sys.path.insert(0, ${JSON.stringify(DIR)})\n` +
  'import concurrent.futures, concurrent.futures.thread, queue, threading, vt_run';

/** Writes the Python side into the runtime and installs the virtual-time threads once. */
export async function preparePython(py: PyodideLike): Promise<void> {
  py.FS.mkdirTree(DIR);
  for (const [name, text] of Object.entries(PYTHON_FILES)) py.FS.writeFile(`${DIR}/${name}`, text);
  await py.runPythonAsync(PREPARE_CODE);
}

interface PyResult {
  ok?: Trace;
  error?: { kind: string; budget?: 'steps' | 'output'; trace?: Trace } & Record<string, unknown>;
}

/** Runs one program to completion in virtual time and returns its trace or an error report. */
export async function runProgram(
  py: PyodideLike,
  source: string,
  limits: RunLimits = DEFAULT_LIMITS,
): Promise<RunOutcome> {
  py.globals.set('VT_SOURCE', source);
  py.globals.set('VT_LIMITS', JSON.stringify(limits));
  const json = (await py.runPythonAsync(
    'import json, vt_run\n_r = vt_run.run(VT_SOURCE, json.loads(VT_LIMITS))\n_r',
  )) as string;
  const result = JSON.parse(json) as PyResult;
  if (result.ok) return { ok: true, trace: result.ok };
  const e = result.error;
  if (e?.kind === 'syntax') {
    return {
      ok: false,
      error: {
        kind: 'syntax',
        message: String(e.message),
        line: typeof e.line === 'number' ? e.line : null,
        column: typeof e.column === 'number' ? e.column : null,
        text: String(e.text),
      },
    };
  }
  if (e?.kind === 'budget' && e.budget) {
    const message = BUDGET_MESSAGES[e.budget];
    return {
      ok: false,
      error: { kind: 'budget', budget: e.budget, message, trace: e.trace ?? null },
    };
  }
  return { ok: false, error: { kind: 'internal', message: 'The Python runtime gave no result.' } };
}
