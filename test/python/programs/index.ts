/**
 * Every oracle program: the spec's test vectors and our own edge cases. The seed's
 * fetch_square(2), (3), (4) is not here: its three 5.0 s Timers start microseconds apart in
 * CPython, so their order is not fixed there (spec P-3); test/core/seed.test.ts covers it.
 * asyncio programs (spec TV-17's asyncio.Future among them) have their own suite:
 * ../asyncio-programs and ../asyncio-cpython.test.ts.
 */
import type { OracleProgram } from './types';
import * as lifecycle from './lifecycle';
import * as resultAndException from './result-and-exception';
import * as callbacks from './callbacks';
import * as raisingCallbacks from './raising-callbacks';
import * as timers from './timers';
import * as seedPrograms from './seed-programs';
import * as threadsAndExecutors from './threads-and-executors';
import * as uncaughtExceptions from './uncaught-exceptions';
import * as values from './values';

/** By topic; each file's own header says what it holds. */
export const ORACLE_PROGRAMS: readonly OracleProgram[] = [
  ...Object.values(lifecycle),
  ...Object.values(resultAndException),
  ...Object.values(callbacks),
  ...Object.values(raisingCallbacks),
  ...Object.values(timers),
  ...Object.values(seedPrograms),
  ...Object.values(threadsAndExecutors),
  ...Object.values(uncaughtExceptions),
  ...Object.values(values),
];
