/**
 * "What if the pool had fewer workers?" for any program that runs a `ThreadPoolExecutor` with a
 * literal `max_workers=N`: the same program, its text saying `max_workers=M` and its replay
 * handed a pool of M. Nothing else in the program changes, so the variation is exact wherever
 * the original is.
 *
 * @example
 *   const fewer = fewerWorkers(poolQueue.program(), 1);
 *   fewer?.source.includes('max_workers=1'); // true
 */
import type { Program } from '../../core/program';
import type { Py } from '../../core/runtime';

const MAX_WORKERS = /max_workers=(\d+)/g;

/** The `max_workers=` values the program's text gives, in order. */
export function workerCountsOf(source: string): number[] {
  return [...source.matchAll(MAX_WORKERS)].map((m) => Number(m[1]));
}

/**
 * The program with every pool given `workers` workers, text and replay alike, or null when its
 * text names no `max_workers=` literal (the replay's pools could not be matched to the text).
 */
export function fewerWorkers(program: Program, workers: number): Program | null {
  if (workerCountsOf(program.source).length === 0) return null;
  const source = program.source.replace(MAX_WORKERS, `max_workers=${workers}`);
  return {
    source,
    main(py) {
      // Everything the program asks of `py` goes through unchanged but the pool's size.
      const resized = new Proxy(py, {
        get(target, prop) {
          if (prop === 'ThreadPoolExecutor')
            return (_max: number, prefix: string | null = null) =>
              target.ThreadPoolExecutor(workers, prefix);
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }) as Py;
      return program.main(resized);
    },
  };
}
