/**
 * One Pyodide per test file, prepared with the playground's Python side (Node 20 needs
 * --experimental-wasm-stack-switching, set in test/playground/vitest.config.ts).
 *
 * @example
 *   const py = await playgroundPython();
 *   const outcome = await runProgram(py, 'print(1)');
 */
import { loadPyodide } from 'pyodide';
import { preparePython, type PyodideLike } from '../../src/playground/session';

let ready: Promise<PyodideLike> | null = null;

export function playgroundPython(): Promise<PyodideLike> {
  ready ??= (async () => {
    const py = (await loadPyodide()) as unknown as PyodideLike;
    await preparePython(py);
    return py;
  })();
  return ready;
}

/** The console text of one stream, as the trace's stdout/stderr events spell it. */
export function streamText(events: readonly { type: string; text?: string }[], kind: string) {
  return events
    .filter((e) => e.type === kind)
    .map((e) => e.text ?? '')
    .join('');
}
