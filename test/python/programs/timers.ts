/**
 * threading.Timer (spec TV-12, TV-14, TV-19, and our own): names and repr, cancel before and after
 * firing, firing order by deadline, output interleaved with the main thread, args and kwargs.
 */
import type { OracleProgram } from './types';
import type { PyFuture, PyTimer, PyValue } from '../../../src/core';
import { specVector } from './spec-vectors';

export const tv12: OracleProgram = {
  name: 'tv12_timer_name_repr_cancel',
  source: specVector('tv12_timer_name_repr_and_cancel_3_8_3_13'),
  scale: 1,
  *main(py) {
    const ident = (s: string) => s.replace(/\d{3,}/g, '<ident>');
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const t: PyTimer = py.Timer(0.05, py.printFn, ['fired'], { end: '!\n' });
    yield* py.line(4);
    yield* py.print(t.name, t.daemon, t.is_alive(), py.repr(t));
    yield* py.line(5);
    yield* t.start();
    yield* py.line(6);
    yield* py.print(ident(py.repr(t)), t.is_alive());
    yield* py.line(7);
    yield* t.join();
    yield* py.line(8);
    yield* py.print(ident(py.repr(t)), t.is_alive(), yield* t.cancel());
    yield* py.line(9);
    const c = py.Timer(0.05, py.printFn, ['never']);
    yield* py.line(10);
    yield* c.start();
    yield* py.line(11);
    yield* py.print('cancel ->', yield* c.cancel());
    yield* py.line(12);
    yield* c.join();
    yield* py.line(13);
    yield* py.print(ident(py.repr(c)));
  },
};

export const tv14: OracleProgram = {
  name: 'tv14_timer_interleaved_with_main',
  source: specVector('tv14_timer_output_interleaved_with_main_threa'),
  scale: 0.5,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const fetch_square = py.fn('fetch_square', function* (number: PyValue) {
      yield* py.line(4);
      const future = py.Future('future');
      yield* py.line(5);
      const result = py.dict({ success: true, result: py.pow(number, 2n) });
      yield* py.line(6);
      const timer = py.Timer(
        0.25,
        py.fn('<lambda>', function* () {
          yield* future.set_result(result);
        }),
      );
      yield* timer.start();
      yield* py.line(7);
      yield* future.add_done_callback(
        py.fn('<lambda>', function* (f: PyFuture) {
          const r = yield* f.result();
          yield* py.print(py.format('Result is: {}', py.getitem(r, 'result')));
        }),
      );
    });
    yield* py.line(8);
    yield* py.call(fetch_square, 2n);
    for (let i = 0n; i < 5n; i++) {
      yield* py.line(9);
      yield* py.line(10);
      yield* py.print('main tick', i);
      yield* py.line(11);
      yield* py.sleep(0.1);
    }
    yield* py.line(12);
    yield* py.print('main done');
  },
};

export const tv19: OracleProgram = {
  name: 'tv19_cancel_future_while_timer_pending',
  source: specVector('tv19_cancelling_the_future_while_its_timer_is'),
  scale: 1,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const future = py.Future('future');
    yield* py.line(4);
    const timer = py.Timer(
      0.05,
      py.fn('<lambda>', function* () {
        yield* future.set_result(1n);
      }),
    );
    yield* py.line(5);
    yield* timer.start();
    yield* py.line(6);
    yield* py.print('cancel() ->', yield* future.cancel());
    yield* py.line(7);
    yield* timer.join();
    yield* py.line(8);
    yield* py.print('after join:', future);
  },
};

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
