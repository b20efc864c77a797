/**
 * The prediction layer's public surface: gates from any trace, the playhead gate-keeper, the
 * private score, and the Predict-mode preference. Pure logic; no React.
 *
 * @example
 *   import { gatesFor, clampToGate } from '../predict';
 */
export type { Choice, Gate, GateKind } from './gate';
export { gatesFor } from './gatesFor';
export { clampToGate, gateAt, type Clamped } from './clampToGate';
export {
  MISCONCEPTIONS,
  MISCONCEPTION_IDS,
  type Misconception,
  type MisconceptionId,
} from './misconceptions';
export {
  scoreBook,
  browserStorage,
  SCORE_KEY,
  type FirstOutcome,
  type Score,
  type ScoreBook,
  type StorageLike,
} from './score';
export { predictModeOn, rememberPredictMode, PREDICT_MODE_KEY } from './preference';
