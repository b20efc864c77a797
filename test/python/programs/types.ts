/**
 * An oracle program: Python source that `python3` runs, and the same program in the core's
 * DSL. The oracle suite compares their stdout and stderr.
 */
import type { Program, SimulateOptions } from '../../../src/core';

export interface OracleProgram extends Program {
  /** File name stem, also the test's name. */
  name: string;
  /** Options for simulate (the version is set by the suite). */
  options?: Omit<SimulateOptions, 'python'>;
  /** How much the real run's waits are shortened (default 0.5; a mismatch is rerun once at full speed). */
  scale?: number;
  /** Minimum minor version (e.g. 11) the program applies to. */
  minMinor?: number;
}
