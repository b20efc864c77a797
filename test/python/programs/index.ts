/**
 * Every oracle program: the spec's test vectors and our own edge cases. The seed's
 * fetch_square(2), (3), (4) is not here: its three 5.0 s Timers start microseconds apart in
 * CPython, so their order is not fixed there (spec P-3); test/core/seed.test.ts covers it.
 * Spec TV-17 (asyncio.Future, whose callbacks an event loop schedules) is not here either: the
 * core models concurrent.futures and threading only; asyncio is outside this project's topic.
 */
import type { OracleProgram } from './types';
import { tv01, tv02, tv03, tv04, tv05, tv06 } from './tv_a';
import { tv07, tv08, tv09, tv10 } from './tv_b';
import { tv11, tv12, tv14, tv18, tv19, tv20 } from './tv_c';
import { tv13, tv15, tv16, ownAsCompletedOrder, ownThreadRaises } from './tv_d';
import * as ownA from './own_a';
import * as ownB from './own_b';
import * as ownC from './own_c';
import * as ownD from './own_d';

export const ORACLE_PROGRAMS: readonly OracleProgram[] = [
  tv01,
  tv02,
  tv03,
  tv04,
  tv05,
  tv06,
  tv07,
  tv08,
  tv09,
  tv10,
  tv11,
  tv12,
  tv13,
  tv14,
  tv15,
  tv16,
  tv18,
  tv19,
  tv20,
  ...Object.values(ownA),
  ...Object.values(ownB),
  ...Object.values(ownC),
  ...Object.values(ownD),
  ownAsCompletedOrder,
  ownThreadRaises,
];
