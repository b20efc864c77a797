/**
 * A clip's file name: the scenario, then the range in seconds to the millisecond,
 * so two clips of one run never collide and the name says what is inside.
 *
 * @example clipFileName('fetch-square', { from: 0, to: 10_000_000 }, 'webm');
 *   // 'fetch-square-0.000-10.000s.webm'
 */
import type { ClipRange } from './clipPlan';

/** `Fetch square (seed)` → `fetch-square-seed`; an empty name becomes `clip`. */
function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'clip';
}

const seconds = (us: number): string => (us / 1_000_000).toFixed(3);

export function clipFileName(scenario: string, range: ClipRange, ext: 'webm' | 'gif'): string {
  return `${slug(scenario)}-${seconds(range.from)}-${seconds(range.to)}s.${ext}`;
}
