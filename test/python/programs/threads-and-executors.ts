/**
 * Plain threads, ThreadPoolExecutor, wait() and as_completed() (spec TV-13, TV-15, TV-16, and our
 * own): thread names by version, executor states and worker names, completion order, a raising
 * thread's report.
 */
import type { OracleProgram } from './types';
import type { PyFuture, PyValue } from '../../../src/core';
import { specVector } from './spec-vectors';

export const tv13: OracleProgram = {
  name: 'tv13_thread_names',
  source: specVector('tv13_thread_names_a_timer_has_no_target_suffi'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const show = py.fn('show', function* () {
      yield* py.line(2);
      yield* py.print('running in', py.currentThread().name);
    });
    yield* py.line(3);
    const t = py.Timer(0.01, show);
    yield* t.start();
    yield* t.join();
    yield* py.line(4);
    const u = py.Thread(show);
    yield* u.start();
    yield* u.join();
    yield* py.line(5);
    const v = py.Timer(0.01, show);
    yield* v.start();
    yield* v.join();
    yield* py.line(6);
    const w = py.Thread(show, [], 'worker');
    yield* w.start();
    yield* w.join();
    yield* py.line(7);
    yield* py.print(py.currentThread().name);
  },
};

export const tv15: OracleProgram = {
  name: 'tv15_thread_pool_executor',
  source: specVector('tv15_threadpoolexecutor_states_names_callback'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const gate = py.Event('gate');
    yield* py.line(4);
    const task = py.fn('task', function* (n: PyValue) {
      yield* py.line(5);
      yield* gate.wait();
      yield* py.line(6);
      return (n as bigint) * 10n;
    });
    yield* py.line(7);
    const ex = py.ThreadPoolExecutor(1);
    yield* py.line(8);
    const a = yield* ex.submit(task, 1n);
    yield* py.line(9);
    const b = yield* ex.submit(task, 2n);
    yield* py.line(10);
    yield* py.sleep(0.1);
    yield* py.line(11);
    yield* py.print(a, b);
    yield* py.line(12);
    yield* py.print('cancel running:', yield* a.cancel(), 'cancel queued:', yield* b.cancel());
    yield* py.line(13);
    yield* a.add_done_callback(
      py.fn('<lambda>', function* (f: PyFuture) {
        yield* py.print('callback in', py.currentThread().name, f);
      }),
    );
    yield* py.line(14);
    yield* gate.set();
    yield* py.line(15);
    yield* ex.shutdown();
    yield* py.line(16);
    yield* py.print(a, b, yield* a.result());
    yield* py.line(17);
    const ex2 = py.ThreadPoolExecutor(2, 'pool');
    yield* py.line(18);
    const name = py.fn('<lambda>', function* () {
      yield* py.line(18);
      return py.currentThread().name;
    });
    yield* py.print(yield* (yield* ex2.submit(name)).result());
    yield* py.line(19);
    yield* ex2.shutdown();
  },
};

export const tv16: OracleProgram = {
  name: 'tv16_wait_and_as_completed',
  source: specVector('tv16_wait_and_as_completed'),
  minMinor: 11,
  scale: 1,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const a = py.Future('a');
    const b = py.Future('b');
    yield* py.line(3);
    yield* a.set_result(1n);
    yield* py.line(4);
    yield* py.print(yield* py.wait([a], 0));
    yield* py.line(5);
    const r = yield* py.wait([a, b], 0.01);
    yield* py.line(6);
    const same = (x: readonly PyFuture[], y: PyFuture[]) =>
      x.length === y.length && x.every((f, i) => f === y[i]);
    yield* py.print(
      BigInt(r.done.length),
      BigInt(r.not_done.length),
      same(r.done, [a]),
      same(r.not_done, [b]),
    );
    yield* py.line(7);
    yield* py.print(BigInt((yield* py.wait([a, b], null, 'FIRST_COMPLETED')).done.length));
    yield* py.line(8);
    yield* py.line(9);
    try {
      const it = py.as_completed([a, b, b], 0.01);
      for (let f = yield* it.next(); f; f = yield* it.next()) {
        yield* py.line(10);
        yield* py.print('yielded', f);
        yield* py.line(9);
      }
    } catch (err) {
      const e = py.except(err, py.exc.TimeoutError);
      yield* py.line(12);
      yield* py.print('TimeoutError:', e);
    }
    yield* py.line(15);
    const c = py.Future('c');
    yield* c.cancel();
    yield* py.line(16);
    const counted = (yield* py.wait([c], 0)).done.length === 1;
    yield* py.print('cancelled-but-not-notified counts as done for wait():', counted);
    yield* py.line(17);
    yield* c.set_running_or_notify_cancel();
    yield* py.line(18);
    const after = (yield* py.wait([c], 0)).done.length === 1;
    yield* py.print('after set_running_or_notify_cancel:', after);
  },
};

export const ownAsCompletedOrder: OracleProgram = {
  name: 'own33_as_completed_completion_order',
  source: `import threading
from concurrent.futures import Future, as_completed, wait, FIRST_EXCEPTION
a, b, c = Future(), Future(), Future()
threading.Timer(0.2, a.set_result, args=("a",)).start()
threading.Timer(0.4, b.set_exception, args=(ValueError("b failed"),)).start()
threading.Timer(0.6, c.set_result, args=("c",)).start()
for f in as_completed([a, b, c]):
    print("completed:", f)
d, e = Future(), Future()
threading.Timer(0.2, e.set_exception, args=(KeyError("e"),)).start()
r = wait([d, e], return_when=FIRST_EXCEPTION)
print(len(r.done), len(r.not_done), r.done.pop() is e)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const [a, b, c] = [py.Future('a'), py.Future('b'), py.Future('c')];
    yield* py.line(4);
    yield* py.Timer(0.2, a.method('set_result'), ['a']).start();
    yield* py.line(5);
    yield* py.Timer(0.4, b.method('set_exception'), [py.exc.ValueError.call('b failed')]).start();
    yield* py.line(6);
    yield* py.Timer(0.6, c.method('set_result'), ['c']).start();
    yield* py.line(7);
    const it = py.as_completed([a, b, c]);
    for (let f = yield* it.next(); f; f = yield* it.next()) {
      yield* py.line(8);
      yield* py.print('completed:', f);
      yield* py.line(7);
    }
    yield* py.line(9);
    const [d, e] = [py.Future('d'), py.Future('e')];
    yield* py.line(10);
    yield* py.Timer(0.2, e.method('set_exception'), [py.exc.KeyError.call('e')]).start();
    yield* py.line(11);
    const r = yield* py.wait([d, e], null, 'FIRST_EXCEPTION');
    yield* py.line(12);
    yield* py.print(BigInt(r.done.length), BigInt(r.not_done.length), r.done[0] === e);
  },
};

export const ownThreadRaises: OracleProgram = {
  name: 'own34_plain_thread_raises',
  source: `import threading
def fail(n):
    print("failing with", n)
    raise ValueError("thread failed: %d" % n)
t = threading.Thread(target=fail, args=(3,))
t.start()
t.join()
print(t.name, t.is_alive())
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const fail = py.fn('fail', function* (n: PyValue) {
      yield* py.line(3);
      yield* py.print('failing with', n);
      yield* py.line(4);
      py.raise(py.exc.ValueError.call(py.percent('thread failed: %d', n)));
    });
    yield* py.line(5);
    const t = py.Thread(fail, [3n]);
    yield* py.line(6);
    yield* t.start();
    yield* py.line(7);
    yield* t.join();
    yield* py.line(8);
    yield* py.print(t.name, t.is_alive());
  },
};

export const ownAsCompletedOneThreadFinishesTwo: OracleProgram = {
  name: 'own35_as_completed_two_finished_at_one_instant',
  // One line finishes both, so both are done before the main thread runs again.
  source: `import threading
from concurrent.futures import Future, as_completed
a, b = Future(), Future()
def finish(): b.set_result(2); a.set_result(1)
threading.Timer(0.1, finish).start()
print([f.result() for f in as_completed([a, b])])
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const [a, b] = [py.Future('a'), py.Future('b')];
    yield* py.line(4);
    const finish = py.fn('finish', function* () {
      yield* py.line(4);
      yield* b.set_result(2n);
      yield* a.set_result(1n);
      return null;
    });
    yield* py.line(5);
    yield* py.Timer(0.1, finish).start();
    yield* py.line(6);
    const it = py.as_completed([a, b]);
    const results: PyValue[] = [];
    for (let f = yield* it.next(); f; f = yield* it.next()) results.push(yield* f.result());
    yield* py.print(results);
  },
};
