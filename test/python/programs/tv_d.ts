/** Spec test vector TV-16: wait() and as_completed(). */
import type { OracleProgram } from './types';
import type { PyFuture } from '../../../src/core';

export const tv16: OracleProgram = {
  name: 'tv16_wait_and_as_completed',
  source: `from concurrent.futures import Future, wait, as_completed, FIRST_COMPLETED
a, b = Future(), Future()
a.set_result(1)
print(wait([a], timeout=0))
r = wait([a, b], timeout=0.01)
print(len(r.done), len(r.not_done), r.done == {a}, r.not_done == {b})
print(len(wait([a, b], return_when=FIRST_COMPLETED).done))
try:
    for f in as_completed([a, b, b], timeout=0.01):
        print("yielded", f)
except TimeoutError as e:   # builtin name: only catches it on 3.11+
    print("TimeoutError:", e)
except Exception as e:
    print(type(e).__module__ + "." + type(e).__name__ + ":", e)
c = Future(); c.cancel()
print("cancelled-but-not-notified counts as done for wait():", len(wait([c], timeout=0).done) == 1)
c.set_running_or_notify_cancel()
print("after set_running_or_notify_cancel:", len(wait([c], timeout=0).done) == 1)
`,
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
