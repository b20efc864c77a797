/**
 * How asyncio names a callable in reprs (`format_helpers._format_callback_source`): a user
 * function by its `__qualname__`, its arguments (through reprlib) and where it is defined
 * (`on_done_future() at /path/script.py:14`); a builtin or bound method without a place
 * (`print('x')`, `Future.set_result(4)`); asyncio's own helpers at their stdlib line.
 *
 * @example
 *   callbackSource(ctx, onDone, [])      // 'on_done_future() at /path/script.py:14'
 *   callbackSource(ctx, ctx.printFn, ['x']) // "print('x')"
 */
import type { SimContext } from '../context';
import type { PyCallable } from '../callable';
import { PyFunction } from '../callable';
import type { PyValue } from '../pyvalue';
import { reprlibRepr } from './reprlib';
import type { LibCallback } from './libLines';
import { libCallbackSite } from './libLines';

/** A callable asyncio made itself, or one that knows its own `_format_callback` text. */
export interface LoopCallable extends PyCallable {
  /** The qualname asyncio prints (`Future.set_result`, `Task.task_wakeup`). */
  readonly qualname?: string;
  /** An asyncio helper: printed with its stdlib file and line. */
  readonly libCallback?: LibCallback;
  /** Replaces the whole text (the 3.8–3.9 `<TaskWakeupMethWrapper object at 0x…>()`). */
  sourceText?(): string;
}

/** `(4, 'x')`: the arguments as asyncio shows them. */
export function argsText(args: readonly PyValue[]): string {
  return `(${args.map(reprlibRepr).join(', ')})`;
}

export function callbackSource(ctx: SimContext, fn: PyCallable, args: readonly PyValue[]): string {
  const lc = fn as LoopCallable;
  if (lc.sourceText) return lc.sourceText();
  if (fn instanceof PyFunction)
    return `${fn.qualname}${argsText(args)} at ${ctx.opts.scriptPath}:${fn.defLine}`;
  if (lc.libCallback) {
    const { file, line } = libCallbackSite(lc.libCallback, ctx.opts.version.n);
    return `${lc.libCallback}${argsText(args)} at ${ctx.opts.libDir}/${file}:${line}`;
  }
  return `${lc.qualname ?? fn.name}${argsText(args)}`;
}
