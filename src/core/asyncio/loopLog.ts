/**
 * What a loop writes to the `asyncio` logger (stderr): a callback that raised ("Exception in
 * callback …", with events.py's `Handle._run` frame), and futures whose exception nobody
 * retrieved ("Future/Task exception was never retrieved").
 *
 * @example
 *   const exc = yield* runGuarded(loop, fn, args, handle.pyRepr()); // null, or the logged error
 */
import type { PyCallable } from '../callable';
import type { PyValue } from '../pyvalue';
import type { Gen } from '../thread';
import { EXC, PyException } from '../exceptions';
import type { PyEventLoop } from './loop';
import { callbackSource } from './callbackText';

/**
 * `Handle._run`: calls `fn(*args)` inside events.py's frame; an exception is logged as
 * "Exception in callback …" with the handle and the traceback from that frame down.
 */
export function* runGuarded(
  loop: PyEventLoop,
  fn: PyCallable,
  args: readonly PyValue[],
  handleRepr: string,
): Gen<PyException | null> {
  const { ctx } = loop;
  const depth = ctx.pushLib('asyncio_handle_run');
  try {
    yield* fn.invoke(args);
    return null;
  } catch (e) {
    // Only SystemExit and KeyboardInterrupt escape a handle; any other BaseException is logged.
    if (!(e instanceof PyException) || e.is(EXC.SystemExit) || e.is(EXC.KeyboardInterrupt)) throw e;
    const shown = ctx.opts.version.n >= 13 ? [] : args;
    const src = callbackSource(ctx, fn, shown);
    logError(loop, `Exception in callback ${src}\nhandle: ${handleRepr}`, e, depth);
    return e;
  } finally {
    ctx.popFrame();
  }
}

/**
 * `loop.call_exception_handler` → the `asyncio` logger's error record: the message, then the
 * traceback from frame `depth` down (just the exception's line when it was never raised).
 */
export function logError(
  loop: PyEventLoop,
  message: string,
  exc: PyException | null,
  depth = 0,
): void {
  const { ctx } = loop;
  if (exc === null) return ctx.log('ERROR', 'asyncio', message);
  const tb = exc.tb.length > depth ? ctx.traceback(exc, depth) : `${exc.lastLine()}\n`;
  ctx.log('ERROR', 'asyncio', `${message}\n${tb.replace(/\n$/, '')}`);
}

/**
 * "Future exception was never retrieved" / "Task exception was never retrieved": CPython logs
 * it when the future is garbage-collected; the core logs it once the loop is closed, for each
 * future of the loop still holding an unretrieved exception, in creation order.
 */
export function logUnretrieved(loop: PyEventLoop): void {
  for (const f of loop.futures) {
    const text = f.unretrievedText();
    if (text !== null) {
      f.logTraceback = false;
      logError(loop, text, f.storedError());
    }
  }
  loop.futures.length = 0;
}
