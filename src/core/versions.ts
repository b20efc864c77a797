/**
 * What differs between CPython versions in the text the core prints: stdlib line numbers in
 * tracebacks (spec §7 V-2), caret style (V-1), the TimeoutError class (G-3), the int-limit
 * wording (N-4).
 *
 * @example
 *   const v = pythonVersion('3.11.7'); v.site('invoke_callbacks').line === 340
 */
import type { LibSite } from './frames';

export type CaretStyle = 'none' | 'v311' | 'v313';
export type MinorVersion = '3.8' | '3.9' | '3.10' | '3.11' | '3.12' | '3.13' | '3.14';
export const SUPPORTED_VERSIONS: readonly MinorVersion[] = [
  '3.8',
  '3.9',
  '3.10',
  '3.11',
  '3.12',
  '3.13',
  '3.14',
];

/** Lines in 3.11.7's `concurrent/futures/_base.py`; other versions shift them all alike. */
const BASE_311: Record<
  Exclude<
    LibSite,
    | 'bootstrap_inner'
    | 'timer_run'
    | 'thread_run'
    | 'thread_start.shutdown'
    | 'asyncio_handle_run'
    | 'asyncio_run'
    | 'asyncio_runner_run'
    | 'asyncio_run_until_complete'
  >,
  [string, string]
> = {
  // Only checked on 3.11.7; other versions take the same shift as the rest of the file.
  'as_completed.timeout': ['239', 'as_completed|raise TimeoutError('],
  invoke_callbacks: ['340', '_invoke_callbacks|callback(self)'],
  'cancel.invoke': ['380', 'cancel|self._invoke_callbacks()'],
  get_result: ['401', '__get_result|raise self._exception'],
  add_done_callback: ['424', 'add_done_callback|fn(self)'],
  'result.cancelled': ['447', 'result|raise CancelledError()'],
  'result.get': ['449', 'result|return self.__get_result()'],
  'result.cancelled_waited': ['454', 'result|raise CancelledError()'],
  'result.get_waited': ['456', 'result|return self.__get_result()'],
  'result.timeout': ['458', 'result|raise TimeoutError()'],
  'exception.cancelled': ['483', 'exception|raise CancelledError()'],
  'exception.cancelled_waited': ['490', 'exception|raise CancelledError()'],
  'exception.timeout': ['494', 'exception|raise TimeoutError()'],
  'set_running.raise': [
    '535',
    "set_running_or_notify_cancel|raise RuntimeError('Future in unexpected state')",
  ],
  'set_result.raise': [
    '544',
    "set_result|raise InvalidStateError('{}: {!r}'.format(self._state, self))",
  ],
  'set_result.invoke': ['550', 'set_result|self._invoke_callbacks()'],
  'set_exception.raise': [
    '559',
    "set_exception|raise InvalidStateError('{}: {!r}'.format(self._state, self))",
  ],
  'set_exception.invoke': ['565', 'set_exception|self._invoke_callbacks()'],
};

/** Shift of every `_base.py` line against 3.11 (checked on the spec's V-2 table: all rows agree). */
const BASE_SHIFT: Record<MinorVersion, number> = {
  '3.8': -12,
  '3.9': -10,
  '3.10': 2,
  '3.11': 0,
  '3.12': 0,
  '3.13': 0,
  '3.14': -6,
};

/** `threading.py`: `_bootstrap_inner`'s `self.run()` and `Timer.run`'s call. (3.11.7; Debian's 3.11.2 has 1038/1394) */
const THREADING: Record<MinorVersion, [number, number]> = {
  '3.8': [932, 1254],
  '3.9': [980, 1306],
  '3.10': [1016, 1378],
  '3.11': [1045, 1401],
  '3.12': [1073, 1431],
  '3.13': [1041, 1342],
  '3.14': [1082, 1385],
};

/** `Thread.run`'s `self._target(...)` line, read from the pyenv builds; 3.14 was not available. */
const THREAD_RUN: Record<MinorVersion, number | null> = {
  '3.8': 870,
  '3.9': 917,
  '3.10': 953,
  '3.11': 982,
  '3.12': 1010,
  '3.13': 992,
  '3.14': null,
};

/** `asyncio/events.py`: `Handle._run`'s call of the callback (3.14 unverified: 3.13's line). */
const HANDLE_RUN: Record<MinorVersion, number> = {
  '3.8': 81,
  '3.9': 80,
  '3.10': 80,
  '3.11': 80,
  '3.12': 84,
  '3.13': 89,
  '3.14': 89,
};

/** `asyncio/runners.py`: `run`'s call, `Runner.run`'s (3.11+); base_events' `return future.result()`. */
const ASYNCIO_RUN: Record<MinorVersion, [number, number, number]> = {
  '3.8': [44, 0, 616],
  '3.9': [44, 0, 647],
  '3.10': [44, 0, 649],
  '3.11': [190, 118, 653],
  '3.12': [194, 118, 684],
  '3.13': [194, 118, 721],
  // Not available here: 3.13's lines, unverified.
  '3.14': [194, 118, 721],
};

export interface SiteText {
  /** Path below `<LIB>`. */
  file: string;
  func: string;
  line: number;
  source: string;
}

export interface PythonVersion {
  minor: MinorVersion;
  /** The minor number: 11 for 3.11. */
  n: number;
  carets: CaretStyle;
  /** 3.11+: `concurrent.futures.TimeoutError is TimeoutError`. */
  builtinTimeout: boolean;
  site(s: LibSite): SiteText;
}

/** Parses `3.11`, `3.11.7` or `Python 3.11.7`; throws a clear Error when unsupported. */
export function pythonVersion(text: string): PythonVersion {
  const m = /(\d+)\.(\d+)/.exec(text);
  const minor = (m ? `${m[1]}.${m[2]}` : text) as MinorVersion;
  if (!SUPPORTED_VERSIONS.includes(minor)) {
    throw new Error(
      `Unsupported Python version "${text}": the core models ${SUPPORTED_VERSIONS.join(', ')}.`,
    );
  }
  const n = Number(minor.split('.')[1]);
  const [boot, run] = THREADING[minor];
  return {
    minor,
    n,
    carets: n <= 10 ? 'none' : n <= 12 ? 'v311' : 'v313',
    builtinTimeout: n >= 11,
    site(s) {
      if (s === 'bootstrap_inner') {
        const source = n >= 14 ? 'self._context.run(self.run)' : 'self.run()';
        return { file: 'threading.py', func: '_bootstrap_inner', line: boot, source };
      }
      if (s === 'thread_start.shutdown') {
        // Only 3.12 refuses new threads once the main module has ended (checked on 3.12.1).
        const source = '_start_new_thread(self._bootstrap, ())';
        return { file: 'threading.py', func: 'start', line: 992, source };
      }
      if (s === 'thread_run') {
        const line = THREAD_RUN[minor];
        if (line === null)
          throw new Error(`threading.Thread tracebacks are not modelled for ${minor}`);
        const source = 'self._target(*self._args, **self._kwargs)';
        return { file: 'threading.py', func: 'run', line, source };
      }
      if (s === 'asyncio_handle_run') {
        const source = 'self._context.run(self._callback, *self._args)';
        return { file: 'asyncio/events.py', func: '_run', line: HANDLE_RUN[minor], source };
      }
      if (s === 'asyncio_run') {
        const source = n >= 11 ? 'return runner.run(main)' : 'return loop.run_until_complete(main)';
        return { file: 'asyncio/runners.py', func: 'run', line: ASYNCIO_RUN[minor][0], source };
      }
      if (s === 'asyncio_runner_run') {
        const source = 'return self._loop.run_until_complete(task)';
        return { file: 'asyncio/runners.py', func: 'run', line: ASYNCIO_RUN[minor][1], source };
      }
      if (s === 'asyncio_run_until_complete') {
        const source = 'return future.result()';
        const line = ASYNCIO_RUN[minor][2];
        return { file: 'asyncio/base_events.py', func: 'run_until_complete', line, source };
      }
      if (s === 'timer_run') {
        const source = 'self.function(*self.args, **self.kwargs)';
        return { file: 'threading.py', func: 'run', line: run, source };
      }
      const [line, text] = BASE_311[s];
      const bar = text.indexOf('|');
      return {
        file: 'concurrent/futures/_base.py',
        func: text.slice(0, bar),
        line: Number(line) + BASE_SHIFT[minor],
        source: text.slice(bar + 1),
      };
    },
  };
}
