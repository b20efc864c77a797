/**
 * The scenarios as the scenario picker lists them: the seed's notebook in four steps, then one
 * scenario per misconception (`./misconceptions`), then the Lab.
 *
 * @example SCENARIOS.find((s) => s.id === 'fetch-square')?.title // 'fetch_square: callbacks on timer threads'
 */
import { MISCONCEPTION_SCENARIOS } from './misconceptions';
import type { ScenarioId } from './types';

export interface ScenarioInfo {
  id: ScenarioId;
  title: string;
  /** One sentence on what the scenario teaches. */
  summary: string;
  /** The seed's `In [n]` numbers this scenario runs, in order; empty for the Lab. */
  cellNumbers: readonly number[];
}

export const SCENARIOS: readonly ScenarioInfo[] = [
  {
    id: 'future-by-hand',
    title: 'A Future by hand',
    summary:
      'A bare Future starts pending; set_result("Hello") finishes it, and result() hands the value back.',
    cellNumbers: [1, 2, 3, 4, 5, 6],
  },
  {
    id: 'done-callbacks',
    title: 'Done-callbacks',
    summary:
      'A callback added with add_done_callback runs as soon as set_result finishes the future.',
    cellNumbers: [1, 7, 8],
  },
  {
    id: 'network-request',
    title: 'network_request_async: waiting with result()',
    summary:
      'Three Timers complete three futures 5 s later; the main thread blocks in result() and prints in call order.',
    cellNumbers: [1, 9, 10, 11],
  },
  {
    id: 'fetch-square',
    title: 'fetch_square: callbacks on timer threads',
    summary:
      'The main thread is free at once; each result is printed by on_done_future on the Timer thread that completed it.',
    cellNumbers: [1, 9, 12, 13],
  },
  // Not notebook cells: each is its own small program, so no `.ipynb` (cellNumbers is empty).
  ...MISCONCEPTION_SCENARIOS.map((m): ScenarioInfo => ({
    id: m.id,
    title: m.title,
    summary: m.summary,
    cellNumbers: [],
  })),
  {
    id: 'lab',
    title: 'Lab: your own requests',
    summary:
      'Choose numbers, intervals, outcomes and how to observe them: callbacks print in completion order, result() in call order.',
    cellNumbers: [],
  },
];

/** The catalogue entry of `id`. */
export function scenarioInfo(id: ScenarioId): ScenarioInfo {
  const info = SCENARIOS.find((s) => s.id === id);
  // SCENARIOS lists every ScenarioId, so this only guards against a future edit.
  if (!info) throw new Error(`unknown scenario ${id}`);
  return info;
}
