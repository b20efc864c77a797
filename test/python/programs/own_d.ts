/** Our own oracle programs, part D: Timer ordering, cancel, names, blocking waits. */
import type { OracleProgram } from './types';
import type { PyFuture, PyTimer, PyValue } from '../../../src/core';

export const ownReverseIntervals: OracleProgram = {
  name: 'own25_unequal_intervals_fire_by_deadline',
  source: `import threading
for delay in [0.9, 0.3, 0.6]:
    threading.Timer(delay, lambda d=delay: print("fired", d, threading.current_thread().name)).start()
print("all started")
`,
  *main(py) {
    yield* py.line(1);
    for (const delay of [0.9, 0.3, 0.6]) {
      yield* py.line(2);
      yield* py.line(3);
      const fire = py.fn('<lambda>', function* () {
        yield* py.print('fired', delay, py.currentThread().name);
      });
      yield* py.Timer(delay, fire).start();
    }
    yield* py.line(4);
    yield* py.print('all started');
  },
};

export const ownEqualIntervalsStaggeredStarts: OracleProgram = {
  name: 'own26_equal_intervals_staggered_starts',
  source: `import threading, time
for name in ["a", "b", "c"]:
    threading.Timer(0.45, print, args=("timer", name)).start()
    time.sleep(0.3)
print("main sleeps done")
`,
  *main(py) {
    yield* py.line(1);
    for (const name of ['a', 'b', 'c']) {
      yield* py.line(2);
      yield* py.line(3);
      yield* py.Timer(0.45, py.printFn, ['timer', name]).start();
      yield* py.line(4);
      yield* py.sleep(0.3);
    }
    yield* py.line(5);
    yield* py.print('main sleeps done');
  },
};

export const ownCancelBeforeAndAfter: OracleProgram = {
  name: 'own27_timer_cancel_before_start_and_after_fire',
  source: `import threading, time
a = threading.Timer(0.1, print, args=("a fired",))
a.cancel()
a.start()
a.join()
print("a:", a.is_alive(), a.finished.is_set())
b = threading.Timer(0.1, print, args=("b fired",))
b.start()
time.sleep(0.3)
print("cancel after firing ->", b.cancel())
try:
    b.start()
except RuntimeError as e:
    print("RuntimeError:", e)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const a = py.Timer(0.1, py.printFn, ['a fired']);
    yield* py.line(3);
    yield* a.cancel();
    yield* py.line(4);
    yield* a.start();
    yield* py.line(5);
    yield* a.join();
    yield* py.line(6);
    yield* py.print('a:', a.is_alive(), true);
    yield* py.line(7);
    const b = py.Timer(0.1, py.printFn, ['b fired']);
    yield* py.line(8);
    yield* b.start();
    yield* py.line(9);
    yield* py.sleep(0.3);
    yield* py.line(10);
    yield* py.print('cancel after firing ->', yield* b.cancel());
    yield* py.line(11);
    yield* py.line(12);
    try {
      yield* b.start();
    } catch (err) {
      const e = py.except(err, py.exc.RuntimeError);
      yield* py.line(14);
      yield* py.print('RuntimeError:', e);
    }
  },
};

export const ownThreadNames: OracleProgram = {
  name: 'own28_thread_names_count_up',
  source: `import threading
timers = [threading.Timer(0.1 * i, lambda: print("in", threading.current_thread().name)) for i in range(1, 4)]
print([t.name for t in timers], threading.current_thread().name)
for t in timers:
    t.start()
for t in timers:
    t.join()
late = threading.Timer(0, lambda: None)
print(late.name, repr(late))
`,
  *main(py) {
    yield* py.line(1);
    const timers: PyTimer[] = [];
    for (let i = 1; i < 4; i++) {
      yield* py.line(2);
      const show = py.fn('<lambda>', function* () {
        yield* py.print('in', py.currentThread().name);
      });
      timers.push(py.Timer(0.1 * i, show));
    }
    yield* py.line(3);
    yield* py.print(
      timers.map((t) => t.name),
      py.currentThread().name,
    );
    for (const t of timers) {
      yield* py.line(4);
      yield* py.line(5);
      yield* t.start();
    }
    for (const t of timers) {
      yield* py.line(6);
      yield* py.line(7);
      yield* t.join();
    }
    yield* py.line(8);
    const late = py.Timer(
      0,
      py.fn('<lambda>', function* () {}),
    );
    yield* py.line(9);
    yield* py.print(late.name, py.repr(late));
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

export const ownSetExceptionClass: OracleProgram = {
  name: 'own31_set_exception_with_a_class',
  source: `from concurrent.futures import Future
f = Future()
f.set_exception(ValueError)
print(f, f.exception())
try:
    f.result()
except ValueError as e:
    print("raised instance:", repr(e), type(e).__name__)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    yield* f.set_exception(py.exc.ValueError);
    yield* py.line(4);
    yield* py.print(f, (yield* f.exception()) as PyValue);
    yield* py.line(5);
    yield* py.line(6);
    try {
      yield* f.result();
    } catch (err) {
      const e = py.except(err, py.exc.ValueError);
      yield* py.line(8);
      yield* py.print('raised instance:', py.repr(e), e.cls.name);
    }
  },
};

export const ownTimerArgsKwargs: OracleProgram = {
  name: 'own32_timer_args_kwargs_and_chain',
  source: `import threading
from concurrent.futures import Future
first, second = Future(), Future()
first.add_done_callback(lambda f: threading.Timer(0.2, second.set_result, args=(f.result() * 2,)).start())
second.add_done_callback(lambda f: print("chain done:", first.result(), "->", f.result(), threading.current_thread().name))
threading.Timer(0.1, print, args=("tick", 1), kwargs={"sep": "="}).start()
threading.Timer(0.2, first.set_result, args=(21,)).start()
print("main returns while", first, second)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const first = py.Future('first');
    const second = py.Future('second');
    yield* py.line(4);
    yield* first.add_done_callback(
      py.fn('<lambda>', function* (f: PyFuture) {
        const doubled = py.pow(yield* f.result(), 1n) as bigint;
        yield* py.Timer(0.2, second.method('set_result'), [doubled * 2n]).start();
      }),
    );
    yield* py.line(5);
    yield* second.add_done_callback(
      py.fn('<lambda>', function* (f: PyFuture) {
        yield* py.print(
          'chain done:',
          yield* first.result(),
          '->',
          yield* f.result(),
          py.currentThread().name,
        );
      }),
    );
    yield* py.line(6);
    yield* py.Timer(0.1, py.printFn, ['tick', 1n], { sep: '=' }).start();
    yield* py.line(7);
    yield* py.Timer(0.2, first.method('set_result'), [21n]).start();
    yield* py.line(8);
    yield* py.print('main returns while', first, second);
  },
};
