/**
 * Every asyncio oracle program, by topic; each file's header says what it holds. Delays are
 * short real ones (python3 runs them at full speed) and far enough apart that CPython's order
 * is fixed.
 */
import type { OracleProgram } from '../programs/types';
import * as basics from './basics';
import * as tasks from './tasks';
import * as combinators from './combinators';
import * as threads from './threads';
import * as errors from './errors';

export const ASYNCIO_PROGRAMS: readonly OracleProgram[] = [
  ...Object.values(basics),
  ...Object.values(tasks),
  ...Object.values(combinators),
  ...Object.values(threads),
  ...Object.values(errors),
];
