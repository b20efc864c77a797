/**
 * result() and exception() (spec TV-04…TV-06, and our own): blocking until a Timer completes
 * the future, TimeoutError by version, CancelledError and re-raising, InvalidStateError texts.
 */
import type { OracleProgram } from './types';
import type { PyFuture } from '../../../src/core';
import { specVector } from './spec-vectors';

export const tv04: OracleProgram = {
  name: 'tv04_invalid_state_texts',
  source: specVector('tv04_invalidstateerror_texts_3_8_3_14'),
  *main(py) {
    const ISE = py.exc.InvalidStateError;
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* f.set_result(1n);
    yield* py.line(3);
    yield* py.line(4);
    try {
      yield* f.set_result(2n);
    } catch (err) {
      const e = py.except(err, ISE);
      yield* py.line(6);
      yield* py.print(py.add(e.cls.name, ':'), e);
    }
    yield* py.line(7);
    yield* py.line(8);
    try {
      yield* f.set_exception(py.exc.ValueError.call());
    } catch (err) {
      const e = py.except(err, ISE);
      yield* py.line(10);
      yield* py.print(py.add(e.cls.name, ':'), e);
    }
    yield* py.line(11);
    yield* py.print(yield* f.result());
    yield* py.line(12);
    const c = py.Future('c');
    yield* c.cancel();
    yield* py.line(13);
    yield* py.line(14);
    try {
      yield* c.set_result(3n);
    } catch (err) {
      const e = py.except(err, ISE);
      yield* py.line(16);
      yield* py.print(py.repr(e));
    }
    yield* py.line(17);
    const x = py.Future('x');
    yield* x.set_exception(py.exc.KeyError.call('k'));
    yield* py.line(18);
    yield* py.line(19);
    try {
      yield* x.set_result(5n);
    } catch (err) {
      const e = py.except(err, ISE);
      yield* py.line(21);
      yield* py.print(e);
    }
  },
};

export const tv05: OracleProgram = {
  name: 'tv05_timeout_class',
  source: specVector('tv05_timeout_class_by_version'),
  scale: 1,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    for (const method of ['result', 'exception'] as const) {
      yield* py.line(3);
      yield* py.line(4);
      yield* py.line(5);
      try {
        if (method === 'result') yield* f.result(0.01);
        else yield* f.exception(0.01);
      } catch (err) {
        const e = py.except(err, py.exc.FuturesTimeoutError);
        yield* py.line(7);
        yield* py.print(
          method,
          e.cls.module,
          e.cls.name,
          py.repr(e),
          e.is(py.exc.TimeoutError),
          e.is(py.exc.OSError),
        );
      }
    }
    yield* py.line(8);
    yield* f.set_running_or_notify_cancel();
    yield* py.line(9);
    yield* py.line(10);
    try {
      yield* f.result(0);
    } catch (err) {
      py.except(err, py.exc.FuturesTimeoutError);
      yield* py.line(12);
      yield* py.print('running future still times out');
    }
  },
};

export const tv06: OracleProgram = {
  name: 'tv06_cancelled_error_reraise',
  source: specVector('tv06_cancellederror_and_re_raising_3_8_3_14'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f: PyFuture = py.Future('f');
    yield* py.line(3);
    yield* f.cancel();
    for (const method of ['result', 'exception'] as const) {
      yield* py.line(4);
      yield* py.line(5);
      yield* py.line(6);
      try {
        if (method === 'result') yield* f.result();
        else yield* f.exception();
      } catch (err) {
        const e = py.except(err, py.exc.CancelledError);
        yield* py.line(8);
        yield* py.print(method, `${e.cls.module}.${e.cls.name}`, py.repr(e), py.repr(py.str(e)));
      }
    }
    yield* py.line(9);
    const g = py.Future('g');
    const errObj = py.exc.ValueError.call('boom');
    yield* g.set_exception(errObj);
    yield* py.line(10);
    yield* py.print((yield* g.exception()) === errObj);
    yield* py.line(11);
    yield* py.line(12);
    try {
      yield* g.result();
    } catch (err) {
      const e = py.except(err, py.exc.ValueError);
      yield* py.line(14);
      yield* py.print('result() re-raised:', py.repr(e), e === errObj);
    }
  },
};

export const ownMainBlocksOnResult: OracleProgram = {
  name: 'own29_main_blocks_until_timer_completes',
  source: `import threading
from concurrent.futures import Future
futs = []
for i, delay in enumerate([0.6, 0.2, 0.4]):
    f = Future()
    threading.Timer(delay, f.set_result, args=(i * 10,)).start()
    futs.append(f)
for f in futs:
    print("result", f.result(), "done:", [g.done() for g in futs])
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const futs: PyFuture[] = [];
    for (const [i, delay] of [0.6, 0.2, 0.4].entries()) {
      yield* py.line(4);
      yield* py.line(5);
      const f = py.Future(`f${i}`);
      yield* py.line(6);
      yield* py.Timer(delay, f.method('set_result'), [BigInt(i * 10)]).start();
      yield* py.line(7);
      futs.push(f);
    }
    for (const f of futs) {
      yield* py.line(8);
      yield* py.line(9);
      const r = yield* f.result();
      yield* py.print(
        'result',
        r,
        'done:',
        futs.map((g) => g.done()),
      );
    }
  },
};

export const ownExceptionWaits: OracleProgram = {
  name: 'own30_exception_blocks_then_returns',
  source: `import threading
from concurrent.futures import Future
f = Future()
threading.Timer(0.2, lambda: f.set_exception(ZeroDivisionError("late failure"))).start()
e = f.exception()
print("exception() returned", repr(e), "after", f)
g = Future()
threading.Timer(0.1, g.set_result, args=(None,)).start()
print("exception() of a result:", g.exception(timeout=5))
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const f = py.Future('f');
    yield* py.line(4);
    const fail = py.fn('<lambda>', function* () {
      yield* f.set_exception(py.exc.ZeroDivisionError.call('late failure'));
    });
    yield* py.Timer(0.2, fail).start();
    yield* py.line(5);
    const e = yield* f.exception();
    yield* py.line(6);
    yield* py.print('exception() returned', py.repr(e), 'after', f);
    yield* py.line(7);
    const g = py.Future('g');
    yield* py.line(8);
    yield* py.Timer(0.1, g.method('set_result'), [null]).start();
    yield* py.line(9);
    yield* py.print('exception() of a result:', yield* g.exception(5));
  },
};
