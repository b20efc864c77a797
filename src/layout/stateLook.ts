import type { FutureState, Outcome } from '../core/trace';

/** How a future's state is drawn everywhere: a shape, words, and a CSS class for its colour. */
export interface StateLook {
  /** ○ ▇ ● ▲ ✕: the state without colour. */
  shape: string;
  /** As the repr says it: "pending", "finished returned dict", "finished raised ValueError". */
  words: string;
  /** `pending` | `running` | `finished` | `raised` | `cancelled`. */
  kind: 'pending' | 'running' | 'finished' | 'raised' | 'cancelled';
}

/**
 * The look of a future state, so lanes, badges and cards agree.
 *
 * @example
 *   stateLook('FINISHED', { kind: 'result', type: 'dict', repr: '{}' }); // { shape: '●', words: 'finished returned dict', kind: 'finished' }
 */
export function stateLook(state: FutureState, outcome: Outcome | null): StateLook {
  switch (state) {
    case 'PENDING':
      return { shape: '○', words: 'pending', kind: 'pending' };
    case 'RUNNING':
      return { shape: '▇', words: 'running', kind: 'running' };
    case 'CANCELLED':
    case 'CANCELLED_AND_NOTIFIED':
      return { shape: '✕', words: 'cancelled', kind: 'cancelled' };
    case 'FINISHED':
      return outcome?.kind === 'exception'
        ? { shape: '▲', words: `finished raised ${outcome.type}`, kind: 'raised' }
        : {
            shape: '●',
            words: `finished returned ${outcome?.type ?? 'NoneType'}`,
            kind: 'finished',
          };
  }
}
