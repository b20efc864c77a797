import type { StateLook } from '../layout/stateLook';
import type { Palette } from './palette';
import type { SceneItem } from './scene';

/** A state's colour. */
export const stateHex = (p: Palette, kind: StateLook['kind']): string =>
  kind === 'finished'
    ? p.finished
    : kind === 'raised'
      ? p.raised
      : kind === 'running'
        ? p.threads[0]!
        : kind === 'cancelled'
          ? p.cancelled
          : p.pending;

/**
 * The end mark of a future as a path centred on (`x`, `y`): a disc (finished), a triangle
 * (raised), a cross (cancelled), so the shape tells the state without colour.
 *
 * @example endMark('finished', 100, 20, '#00785a');
 */
export function endMark(kind: StateLook['kind'], x: number, y: number, color: string): SceneItem {
  const r = 7;
  const n = (v: number) => Math.round(v * 10) / 10;
  if (kind === 'raised')
    return {
      kind: 'path',
      d: `M ${n(x)} ${n(y - r)} L ${n(x + r)} ${n(y + r * 0.75)} L ${n(x - r)} ${n(y + r * 0.75)} Z`,
      fill: color,
    };
  if (kind === 'cancelled')
    return {
      kind: 'path',
      d: `M ${n(x - r + 1)} ${n(y - r + 1)} L ${n(x + r - 1)} ${n(y + r - 1)} M ${n(x + r - 1)} ${n(y - r + 1)} L ${n(x - r + 1)} ${n(y + r - 1)}`,
      stroke: color,
      width: 3,
    };
  return {
    kind: 'path',
    d: `M ${n(x - r)} ${n(y)} A ${r} ${r} 0 1 0 ${n(x + r)} ${n(y)} A ${r} ${r} 0 1 0 ${n(x - r)} ${n(y)} Z`,
    fill: color,
  };
}
