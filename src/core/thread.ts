/**
 * A simulated Python thread: its name, its frame stack and what it is waiting for.
 *
 * @example
 *   const main = new SimThread('MainThread', 'main', false, 140_000_000_000_000);
 */
import type { Frame } from './frames';
import type { FutureId } from './trace';

/** What a parked thread yields to the scheduler: wake me at `until` (null: only when woken). */
export interface Park {
  readonly until: number | null;
}
/** Why a parked thread resumed. */
export type Wake = 'time' | 'woken';
/** A Python activity: a generator the scheduler steps, yielding only when the thread parks. */
export type Gen<T = void> = Generator<Park, T, Wake>;

export type ThreadKind = 'main' | 'timer' | 'worker';

export class SimThread {
  readonly frames: Frame[] = [];
  /** Bumped at every park and wake, so stale queue entries are skipped. */
  token = 0;
  gen: Gen | null = null;
  started = false;
  /** The last `line` event's fixed cost is still to be paid (at the next line). */
  owesLine = false;
  finished = false;
  /** For the deadlock report: what this thread waits on while parked without a deadline. */
  waitingFor: { future: FutureId | null; what: string } | null = null;
  readonly joiners: SimThread[] = [];

  constructor(
    readonly name: string,
    readonly kind: ThreadKind,
    readonly daemon: boolean,
    public ident: number,
  ) {}

  /** The source line of the innermost user frame, or null outside user code. */
  get line(): number | null {
    const f = this.frames;
    for (let i = f.length - 1; i >= 0; i--) {
      const fr = f[i];
      if (fr?.kind === 'user') return fr.line;
    }
    return null;
  }
}
