/**
 * The Future core: CPython's `concurrent.futures.Future`, `threading.Timer` and the values
 * they carry, replayed in virtual time. Write a {@link Program} with the DSL documented in
 * `program.ts`, pass it to {@link simulate}, read the {@link Trace}.
 *
 * @example
 *   import { simulate } from '../core';
 *   const trace = simulate({ source: 'print(1)', *main(py) { yield* py.line(1); yield* py.print(1n); } });
 */
export * from './trace';
export { simulate, resolveOptions, SimulationError, DEFAULT_LINE_COST_US } from './simulate';
export type { SimulateOptions } from './simulate';
export { Py, PyKw } from './runtime';
export type { Program } from './program';
export { PyFuture } from './future';
export { PyTimer } from './timer';
export { PyEvent } from './threadingEvent';
export { PyPlainThread } from './pythread';
export { PyThreadPoolExecutor } from './executor';
export { ExecutorMap } from './executorMap';
export { waitCallText, waitLabel } from './waitText';
export type { WaitWhat } from './waitText';
export { AsCompleted, DoneAndNotDone } from './waiting';
export type { ReturnWhen } from './waiting';
export { PyFunction } from './callable';
export type { PyCallable, Kwargs, FunctionBody } from './callable';
export { PyDict, PyTuple, typeName } from './pyvalue';
export type { PyValue, PyObject } from './pyvalue';
export { repr, str, strRepr } from './pyrepr';
export { floatRepr } from './pyfloat';
export { intToStr, INT_MAX_STR_DIGITS } from './pyint';
export { pyPow } from './pow';
export { pyFormat } from './strFormat';
export { parseNumberLiteral, literal } from './literal';
export type { LiteralResult } from './literal';
export { EXC, PyException, PyExcClass } from './exceptions';
export { SimulationLimitError } from './scheduler';
export type { EventBody } from './scheduler';
export { pythonVersion, SUPPORTED_VERSIONS } from './versions';
export type { MinorVersion, PythonVersion } from './versions';
export type { Gen } from './thread';
export { consoleText, streamText } from './console';
export { AsyncioApi } from './asyncio/api';
export { PyEventLoop } from './asyncio/loop';
export { AsyncFuture } from './asyncio/future';
export type { AsyncState, AsyncFutureMethod } from './asyncio/future';
export { PyTask } from './asyncio/task';
export { PyAsyncFunction, PyCoroutine } from './asyncio/coroutine';
export type { Awaitable } from './asyncio/coroutine';
export { AsyncHandle } from './asyncio/handle';
export { GatheringFuture } from './asyncio/gather';
export { ASYNCIO_EXC } from './asyncio/exceptions';
