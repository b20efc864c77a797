/**
 * The interpreter every scenario is simulated as, in one place: the CPython version (its
 * tracebacks and error classes) and the address of the first object, the seed's own.
 *
 * @example simulate(program, SIMULATION) // as every built-in scenario is simulated
 */

/** The CPython the simulation reproduces (tracebacks and error classes differ by version). */
export const SIMULATED_PYTHON = '3.11';

/** The seed's own address for its first Future (`<Future at 0x7f5a1c537ac8 state=pending>`). */
export const SEED_FIRST_ADDRESS = '0x7f5a1c537ac8';

/** The `simulate()` options of a scenario (the Lab adds its own line cost). */
export const SIMULATION = { python: SIMULATED_PYTHON, firstAddress: SEED_FIRST_ADDRESS } as const;
