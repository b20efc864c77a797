/**
 * Traceback text for each modelled CPython version, against the spec's §7 tables and its
 * test vectors (TV-08, TV-19, TV-20, G-4). 3.11 is also checked against the real python3 by
 * the oracle suite.
 */
import { describe, expect, it } from 'vitest';
import { streamText } from '../../src/core';
import { run } from './helpers';

const LIB = '<LIB>';

/** TV-08: a raising callback, logged from _invoke_callbacks. */
function tv08(python: string): string {
  const source = [
    'from concurrent.futures import Future',
    'def good(fut): print("good", fut.result())',
    'def bad(fut): raise ValueError("oops")',
  ].join('\n');
  const trace = run(
    function* (py) {
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn(
          'bad',
          function* () {
            yield* py.line(3);
            py.raise(py.exc.ValueError.call('oops'));
          },
          { line: 3 },
        ),
      );
      yield* f.set_result(1n);
    },
    { python, libDir: LIB, scriptPath: '/path/v08.py' },
    source,
  );
  return streamText(trace, 'stderr');
}

describe('V-1/V-2: callback error text by version (TV-08)', () => {
  const head =
    'exception calling callback for <Future at 0x7f5a1c537ac8 state=finished returned int>\nTraceback (most recent call last):\n';
  const user =
    '  File "/path/v08.py", line 3, in bad\n    def bad(fut): raise ValueError("oops")\n';
  const carets = '                  ^^^^^^^^^^^^^^^^^^^^^^^^\n';
  const lib = (line: number, extra = '') =>
    `  File "${LIB}/concurrent/futures/_base.py", line ${line}, in _invoke_callbacks\n    callback(self)\n${extra}`;

  it.each([
    ['3.8', 328, '', ''],
    ['3.9', 330, '', ''],
    ['3.10', 342, '', ''],
    ['3.11', 340, '', carets],
    ['3.12', 340, '', carets],
    ['3.13', 340, '    ~~~~~~~~^^^^^^\n', carets],
    ['3.14', 334, '    ~~~~~~~~^^^^^^\n', carets],
  ])('%s', (python, line, libCarets, userCarets) => {
    expect(tv08(python)).toBe(
      `${head}${lib(line, libCarets)}${user}${userCarets}ValueError: oops\n`,
    );
  });
});

/** TV-19: the Timer's lambda calls set_result on a cancelled future. */
function tv19(python: string): string {
  const source = [
    'import threading',
    'from concurrent.futures import Future',
    'future = Future()',
    'timer = threading.Timer(0.05, lambda: future.set_result(1))',
  ].join('\n');
  const trace = run(
    function* (py) {
      const future = py.Future('future');
      const t = py.Timer(
        0.05,
        py.fn(
          '<lambda>',
          function* () {
            yield* future.set_result(1n);
          },
          { line: 4 },
        ),
      );
      yield* t.start();
      yield* future.cancel();
    },
    { python, libDir: LIB, scriptPath: '/path/v19.py' },
    source,
  );
  return streamText(trace, 'stderr');
}

describe('T-7/V-2: "Exception in thread" report by version (TV-19)', () => {
  const frames = (boot: number, runLine: number, setLine: number, c: [string, string, string]) =>
    'Exception in thread Thread-1:\nTraceback (most recent call last):\n' +
    `  File "${LIB}/threading.py", line ${boot}, in _bootstrap_inner\n    self.run()\n${c[0]}` +
    `  File "${LIB}/threading.py", line ${runLine}, in run\n    self.function(*self.args, **self.kwargs)\n${c[1]}` +
    '  File "/path/v19.py", line 4, in <lambda>\n    timer = threading.Timer(0.05, lambda: future.set_result(1))\n' +
    c[2] +
    `  File "${LIB}/concurrent/futures/_base.py", line ${setLine}, in set_result\n` +
    "    raise InvalidStateError('{}: {!r}'.format(self._state, self))\n" +
    'concurrent.futures._base.InvalidStateError: CANCELLED: <Future at 0x7f5a1c537ac8 state=cancelled>\n';
  const caret311 = `${' '.repeat(42)}${'^'.repeat(20)}\n`;
  const none: [string, string, string] = ['', '', ''];

  it.each([
    ['3.8', 932, 1254, 532, none],
    ['3.9', 980, 1306, 534, none],
    ['3.10', 1016, 1378, 546, none],
    ['3.11', 1045, 1401, 544, ['', '', caret311]],
    ['3.12', 1073, 1431, 544, ['', '', caret311]],
    [
      '3.13',
      1041,
      1342,
      544,
      [
        '    ~~~~~~~~^^\n',
        '    ~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^\n',
        `${' '.repeat(42)}${'~'.repeat(17)}^^^\n`,
      ],
    ],
  ] as [string, number, number, number, [string, string, string]][])(
    '%s',
    (python, boot, runLine, setLine, c) => {
      expect(tv19(python)).toBe(frames(boot, runLine, setLine, c));
    },
  );

  it('3.14 shows self._context.run(self.run) in _bootstrap_inner', () => {
    expect(tv19('3.14')).toContain(
      `  File "${LIB}/threading.py", line 1082, in _bootstrap_inner\n    self._context.run(self.run)\n    ~~~~~~~~~~~~~~~~~^^^^^^^^^^\n`,
    );
  });
});

describe('G-4: result() re-raising a stored exception at module level', () => {
  const source =
    'from concurrent.futures import Future\nf = Future()\nf.set_exception(ValueError("boom"))\nf.result()\n';
  const g4 = (python: string) =>
    streamText(
      run(
        function* (py) {
          const f = py.Future('f');
          yield* f.set_exception(py.exc.ValueError.call('boom'));
          yield* py.line(4);
          yield* f.result();
        },
        { python, libDir: LIB, scriptPath: '/path/script.py' },
        source,
      ),
      'stderr',
    );

  it('3.12', () => {
    expect(g4('3.12')).toBe(
      'Traceback (most recent call last):\n' +
        '  File "/path/script.py", line 4, in <module>\n    f.result()\n' +
        `  File "${LIB}/concurrent/futures/_base.py", line 449, in result\n    return self.__get_result()\n           ^^^^^^^^^^^^^^^^^^^\n` +
        `  File "${LIB}/concurrent/futures/_base.py", line 401, in __get_result\n    raise self._exception\n` +
        'ValueError: boom\n',
    );
  });

  it('3.13 draws ~ under the callee', () => {
    const text = g4('3.13');
    expect(text).toContain('    f.result()\n    ~~~~~~~~^^\n');
    expect(text).toContain('    return self.__get_result()\n           ~~~~~~~~~~~~~~~~~^^\n');
  });

  it('3.8–3.10 have no caret lines', () => {
    for (const v of ['3.8', '3.9', '3.10']) expect(g4(v)).not.toMatch(/[~^]{2}/);
  });
});

describe('TV-20: logging.basicConfig() prefix, binary-operator carets', () => {
  const source =
    'import logging\nlogging.basicConfig()\nfrom concurrent.futures import Future\nf = Future()\nf.add_done_callback(lambda fut: 1 / 0)\n';
  const tv20 = (python: string) =>
    streamText(
      run(
        function* (py) {
          py.basicConfig();
          const f = py.Future('f');
          yield* f.add_done_callback(
            py.fn(
              '<lambda>',
              function* () {
                yield* py.line(5);
                py.div(1n, 0n);
              },
              { line: 5 },
            ),
          );
          yield* f.cancel();
        },
        { python, libDir: LIB, scriptPath: '/path/v20.py' },
        source,
      ),
      'stderr',
    );

  it('3.12', () => {
    expect(tv20('3.12')).toBe(
      'ERROR:concurrent.futures:exception calling callback for <Future at 0x7f5a1c537ac8 state=cancelled>\n' +
        'Traceback (most recent call last):\n' +
        `  File "${LIB}/concurrent/futures/_base.py", line 340, in _invoke_callbacks\n    callback(self)\n` +
        '  File "/path/v20.py", line 5, in <lambda>\n    f.add_done_callback(lambda fut: 1 / 0)\n' +
        `${' '.repeat(36)}~~^~~\n` +
        'ZeroDivisionError: division by zero\n',
    );
  });
});

describe('G-3: the TimeoutError class by version', () => {
  const last = (python: string) =>
    streamText(
      run(
        function* (py) {
          yield* py.Future('f').result(0.01);
        },
        { python },
      ),
      'stderr',
    )
      .trim()
      .split('\n')
      .at(-1);

  it('3.8–3.10: concurrent.futures._base.TimeoutError', () => {
    expect(last('3.10')).toBe('concurrent.futures._base.TimeoutError');
  });
  it('3.11+: the builtin TimeoutError', () => {
    expect(last('3.11')).toBe('TimeoutError');
  });
});

describe('CPython facts beyond the spec (checked on the pyenv builds)', () => {
  it('3.13 draws no carets under `name = f(...)` (its _should_show_carets rule); 3.12 does', () => {
    const source = 'def f(x):\n    return x ** 2\ny = f(1e200)\n';
    const text = (python: string) =>
      streamText(
        run(
          function* (py) {
            const f = py.fn(
              'f',
              function* (x: number) {
                yield* py.line(2);
                return py.pow(x, 2n);
              },
              { line: 1 },
            );
            yield* py.line(3);
            yield* py.call(f, 1e200);
          },
          { python, libDir: LIB },
          source,
        ),
        'stderr',
      );
    expect(text('3.13')).toContain('    y = f(1e200)\n  File');
    expect(text('3.12')).toContain('    y = f(1e200)\n        ^^^^^^^^\n');
  });

  it('3.12 cannot start a Timer after the main module ended: RuntimeError at interpreter shutdown', () => {
    const text = (python: string) =>
      streamText(
        run(
          function* (py) {
            const late = py.fn('late', function* () {
              yield* py.Timer(0.1, py.printFn, ['never']).start();
            });
            yield* py.Timer(0.1, late).start();
          },
          { python, libDir: LIB },
        ),
        'stderr',
      );
    expect(text('3.12')).toContain(
      `  File "${LIB}/threading.py", line 992, in start\n    _start_new_thread(self._bootstrap, ())\nRuntimeError: can't create new thread at interpreter shutdown\n`,
    );
    expect(text('3.13')).toBe('');
  });
});
