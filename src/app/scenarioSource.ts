import type { Narrator } from '../components/player/Narration';
import type { ScenarioParams } from '../scenarios/scenario';
import type { FieldError, LabParams, ScenarioId, ScenarioRun } from '../scenarios/types';

/**
 * What the shell needs from the scenarios room, as one object so the shell can be tested with
 * a fixture and the real one (`realScenarioSource`) is wired in one place.
 */
export interface ScenarioSource {
  scenarios: readonly { id: ScenarioId; title: string; summary: string }[];
  defaultLab: LabParams;
  /** Each kind reads its own params: the Lab's, an ordering CPython may print, the playground's code. */
  run(id: ScenarioId, params?: ScenarioParams): ScenarioRun;
  /** `code` is the playground's program from its link (`code=`), when it has one. */
  parse(params: URLSearchParams): {
    id: ScenarioId;
    lab: LabParams;
    errors: FieldError[];
    code?: string | null;
  };
  query(id: ScenarioId, lab: LabParams): URLSearchParams;
  narrate: Narrator;
}
