/**
 * The program DSL: how a scenario writes a Python program's behaviour, line by line, so the
 * core can replay it in virtual time. A program is a generator function that receives `py`;
 * every executed source line is announced with `yield* py.line(n)`, and every Python
 * operation that may run other code, take time or block is a `yield*`.
 *
 * @example
 * ```ts
 * import { simulate, type Program, type PyFuture, type PyValue } from '../core';
 *
 * // Lines of `source` are 1-based; py.line(n) must point at the line that is executing.
 * const source = [
 *   'def network_request_async(number):',                                   // 1
 *   '    future = Future()',                                                // 2
 *   '    result = {"success": True, "result": number ** 2}',                // 3
 *   '    timer = threading.Timer(5.0, lambda: future.set_result(result))',  // 4
 *   '    timer.start()',                                                    // 5
 *   '    return future',                                                    // 6
 *   '',
 *   'fut = network_request_async(2)',                                       // 8
 *   'print(fut.result())',                                                  // 9
 * ].join('\n');
 *
 * const program: Program = {
 *   source,
 *   *main(py) {
 *     const network_request_async = py.fn('network_request_async', function* (number: PyValue) {
 *       yield* py.line(2);
 *       const future = py.Future('future');
 *       yield* py.line(3);
 *       const result = py.dict({ success: true, result: py.pow(number, 2n) });
 *       yield* py.line(4);
 *       const timer = py.Timer(5.0, py.fn('<lambda>', function* () {
 *         yield* future.set_result(result);
 *       }, { line: 4 }));
 *       yield* py.line(5);
 *       yield* timer.start();
 *       yield* py.line(6);
 *       return future;
 *     }, { line: 1 });
 *     yield* py.line(1);                       // the def statement executes
 *     yield* py.line(8);
 *     const fut = (yield* py.call(network_request_async, 2n)) as PyFuture;
 *     yield* py.line(9);
 *     yield* py.print(yield* fut.result());    // main blocks 5 s, then prints the dict
 *   },
 * };
 * const trace = simulate(program, { python: '3.11', firstAddress: '0x7f5a1c537ac8' });
 * ```
 *
 * Values: int is `bigint` (`4n`), float is `number`, str/bool/None are string/boolean/null,
 * dicts come from `py.dict`, tuples from `py.tuple`. Exceptions are thrown JS objects: catch
 * them with `try { … } catch (err) { const e = py.except(err, py.exc.ValueError); … }`.
 *
 * The surface, in short:
 * - time and lines: `py.line(n)`, `py.sleep(s)`, `py.now`, `py.monotonic()`;
 * - trace events the core does not make itself: `py.record(body)` (a notebook's `cell.start`
 *   and `display`, see src/scenarios/programs/notebook-ops.ts), `py.idle(s, reason)`;
 * - functions: `py.fn(name, body, { line, qualname })`, `py.call(f, ...args)`, `py.printFn`;
 * - futures: `py.Future(name)` → `set_result`, `set_exception`, `cancel`, `result(timeout)`,
 *   `exception(timeout)`, `add_done_callback`, `set_running_or_notify_cancel` (all `yield*`),
 *   `done()`, `running()`, `cancelled()`, `state`, `method('set_result')`;
 * - threads: `py.Thread(target, args, name)` → `start`, `join`; `name`, `is_alive()`;
 * - pools: `py.ThreadPoolExecutor(n, prefix)` → `submit(fn, ...args)`, `shutdown()`; `py.Event()`;
 * - waiting on many: `py.wait(fs, timeout, 'FIRST_COMPLETED')`, `py.as_completed(fs, timeout)`;
 * - timers: `py.Timer(interval, fn, args, kwargs)` → `start`, `cancel`, `join` (`yield*`),
 *   `name`, `is_alive()`; `py.currentThread().name`;
 * - output: `py.print(...args, py.kw({ sep, end }))`, `py.basicConfig()`;
 * - values: `py.pow`, `py.div`, `py.add`, `py.format`, `py.percent`, `py.str`, `py.repr`,
 *   `py.getitem`, `py.dict`, `py.tuple`, `py.literal('1e16')`;
 * - exceptions: `py.exc.*`, `py.raise(exc)`, `py.except(err, ...classes)`, `py.isinstance`,
 *   `py.op(text)` to place traceback carets by hand;
 * - asyncio (src/core/asyncio/): `py.async(name, body, { line })` is an `async def`,
 *   `py.callAsync(f, ...args)` makes its coroutine, `yield* py.await(x, 'label')` is `await x`;
 *   `py.asyncio.run(coro)`, `get_running_loop()`, `get_event_loop()`, `new_event_loop()`,
 *   `Future(name)`, `sleep(s)`, `create_task(coro, name)`, `gather(aws, { return_exceptions })`,
 *   `wait_for(aw, timeout)`, `as_completed(aws)`, `wrap_future(cfut)`, `current_task()`,
 *   `CancelledError` / `InvalidStateError` / `TimeoutError`; a loop's `call_soon(fn, args)`,
 *   `call_later(s, fn, args)`, `call_at(when, fn, args)`, `call_soon_threadsafe(fn, args)`,
 *   `time()`, `create_future(name)`, `create_task`, `run_in_executor(null | pool, fn, ...args)`,
 *   `run_until_complete(aw)`, `run_forever()`, `stop()` / `method('stop')`, `close()`; an
 *   asyncio future's `set_result`, `set_exception`, `cancel(msg)`, `result()`, `exception()`,
 *   `add_done_callback`, `remove_done_callback` (all `yield*`), `done()`, `cancelled()`,
 *   `method('set_result')`.
 */
import type { Py } from './runtime';
import type { Gen } from './thread';

/** A program: the Python source shown to the learner, and its behaviour as a generator. */
export interface Program {
  source: string;
  main: (py: Py) => Gen<void>;
}
