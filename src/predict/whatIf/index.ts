/**
 * "What if" questions: variations of a run's program generated from the run, each with the
 * console before and after, the lines that changed, and answers to choose from.
 *
 * @example
 *   const [first] = whatIfsFor(run, lab);
 *   first?.choices.find((c) => c.correct)?.lines; // the variation's console
 */
export { prepareWhatIfs, whatIfsFor } from './whatIfsFor';
export { printedLines, changedIndexes, changedSourceLines } from './consoleLines';
export type { WhatIf, WhatIfChoice, WhatIfLoad, WhatIfProgram } from './types';
