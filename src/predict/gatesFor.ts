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
import { firstYieldGates } from './gates/firstYield';
import { mapFirstGates } from './gates/mapFirst';
import { poolFacts } from './gates/poolFacts';
import { queuedStateGates } from './gates/queuedState';
import { workerPickGates } from './gates/workerPick';
import { timerThreadGates } from './gates/timerThread';
import { awaitThreadGates } from './gates/awaitThread';
import { loopCallbackGates } from './gates/loopCallback';
import { threadsafeWakeGates } from './gates/threadsafeWake';

/** Every gate of `trace`, ordered by the event each sits before; computed once per trace. */
export const gatesFor = (trace: Trace): Gate[] => traceIndex(trace).derive(allGates);

function allGates(trace: Trace): Gate[] {
  const ix = traceIndex(trace).derive(gateFacts);
  const px = traceIndex(trace).derive(poolFacts);
  const futures = [
    ...firstFinishGates(ix),
    ...callbackThreadGates(ix),
    ...lateCallbackGates(ix),
    ...resultReturnGates(ix),
    ...loopCallbackGates(ix),
    ...awaitThreadGates(ix),
    ...threadsafeWakeGates(ix),
  ];
  // A pool's question adds nothing at a moment another question already stops at; the first
  // listed wins a moment two of them would share.
  const held = new Set(futures.map((g) => g.holdT));
  const pools = [
    ...mapFirstGates(px),
    ...firstYieldGates(px),
    ...queuedStateGates(px),
    ...workerPickGates(px),
    ...timerThreadGates(trace),
  ].filter((g) => {
    if (held.has(g.holdT)) return false;
    held.add(g.holdT);
    return true;
  });
  const focused = [...futures, ...pools];
  // "What is printed next?" adds nothing at a moment another question already stops at.
  const lines = nextLineGates(ix).filter((g) => !held.has(g.holdT));
  return [...focused, ...lines].sort((a, b) => a.seq - b.seq);
}
