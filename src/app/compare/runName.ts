import type { LabParams, ScenarioRun } from '../../scenarios/types';
import type { ScenarioSource } from '../scenarioSource';

/**
 * A run as the comparison names it: its title, and what sets it apart from another run of the
 * same scenario (its ordering, its Lab fields).
 *
 * @example runName(source, equalDelaysRun, null); // 'Equal delays (ordering 2: …)'
 */
export function runName(source: ScenarioSource, run: ScenarioRun, lab: LabParams | null): string {
  if (run.ordering && run.ordering.count > 1)
    return `${run.title} (ordering ${run.ordering.index + 1}: ${run.ordering.label})`;
  if (run.id === 'lab' && lab) {
    const q = source.query('lab', lab);
    q.delete('scenario');
    return `${run.title} (${[...q].map(([k, v]) => `${k} ${v}`).join(', ')})`;
  }
  return run.title;
}
