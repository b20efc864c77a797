/**
 * The prediction gates of any trace — built-in scenario, Lab or playground — in playback order.
 * Nothing here is written per scenario: every gate is read off the trace's events.
 *
 * @example
 *   const gates = gatesFor(run.trace);
 *   gates.map((g) => g.kind); // ['callback-thread', 'callback-thread', 'callback-thread']
 */
import type { Trace } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import type { Gate } from './gate';
import { callbackThreadGates } from './gates/callbackThread';
import { firstFinishGates } from './gates/firstFinish';
import { lateCallbackGates } from './gates/lateCallback';
import { nextLineGates } from './gates/nextLine';
import { resultReturnGates } from './gates/resultReturn';
import { gateFacts } from './gateFacts';

/** Every gate of `trace`, ordered by the event each sits before; computed once per trace. */
export const gatesFor = (trace: Trace): Gate[] => traceIndex(trace).derive(allGates);

function allGates(trace: Trace): Gate[] {
  const ix = traceIndex(trace).derive(gateFacts);
  const focused = [
    ...firstFinishGates(ix),
    ...callbackThreadGates(ix),
    ...lateCallbackGates(ix),
    ...resultReturnGates(ix),
  ];
  // "What is printed next?" adds nothing at a moment another question already stops at.
  const held = new Set(focused.map((g) => g.holdT));
  const lines = nextLineGates(ix).filter((g) => !held.has(g.holdT));
  return [...focused, ...lines].sort((a, b) => a.seq - b.seq);
}
