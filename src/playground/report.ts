import type { Trace } from '../core/trace';

/** Why a run gave no complete trace. Every kind carries a sentence fit to show as it is. */
export type ErrorReport =
  /** The program does not compile: Python's own message, and where. */
  | { kind: 'syntax'; message: string; line: number | null; column: number | null; text: string }
  /** A budget stopped a runaway program; `trace` holds what happened until then. */
  | {
      kind: 'budget';
      budget: 'steps' | 'output' | 'wallclock';
      message: string;
      trace: Trace | null;
    }
  /** This browser cannot run Python here (no WebAssembly stack switching). */
  | { kind: 'unsupported'; message: string }
  /** The runtime failed to load or broke; the message says what happened. */
  | { kind: 'internal'; message: string };

/** The result of running a program: its trace, or the reason there is none. */
export type RunOutcome = { ok: true; trace: Trace } | { ok: false; error: ErrorReport };

/** The sentence shown for each budget. */
export const BUDGET_MESSAGES: Readonly<Record<'steps' | 'output' | 'wallclock', string>> = {
  steps:
    'Stopped: the program ran more lines than the playground allows (is there an endless loop?).',
  output: 'Stopped: the program printed more text than the playground allows.',
  wallclock:
    'Stopped: the program took too long in real time, so the Python runtime was restarted.',
};

/** The sentence shown where WebAssembly stack switching (JSPI) is missing. */
export const UNSUPPORTED_MESSAGE =
  'This browser cannot run your own Python here yet (it needs WebAssembly stack switching: desktop Chrome or Edge 137+, or Firefox 153+); the built-in scenarios still work.';

/**
 * True when this JavaScript engine has WebAssembly stack switching (JSPI), new or old API.
 *
 * @example
 *   if (!hasJspi()) show(UNSUPPORTED_MESSAGE);
 */
export function hasJspi(wasm: object = globalThis.WebAssembly ?? {}): boolean {
  return 'Suspending' in wasm || 'Suspender' in wasm;
}
