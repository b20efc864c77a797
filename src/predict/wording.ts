/**
 * How the gate builders word things: times, printed lines, callbacks.
 *
 * @example seconds(5_000_000 as VirtualUs) // '5.0 s'
 */
import { formatSeconds } from '../core/seconds';
import type { VirtualUs } from '../core/trace';

/** Virtual time as Python would print the seconds (`5.0 s`, `5.002 s`), to the millisecond. */
export const seconds = (t: VirtualUs | number): string => `${formatSeconds(t, 3)} s`;

/** A printed line as a choice shows it: without its final newline, empty lines made visible. */
export function lineText(text: string): string {
  const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
  return trimmed === '' ? '(an empty line)' : trimmed;
}

/** The name a callback is spoken of by: a lambda has no name of its own. */
export function callbackLabel(name: string): string {
  return name === '<lambda>' ? 'the lambda callback' : name;
}
