/**
 * Python exception classes and instances. A Python `raise` is a JS `throw` of a
 * {@link PyException}; it carries the Python class, the args and the traceback frames
 * captured when it was raised.
 *
 * @example
 *   const e = PyException.make(EXC.ValueError, 'boom');
 *   e.pyRepr() === "ValueError('boom')"; e.pyStr() === 'boom'
 */
import type { PyObject, PyValue } from './pyvalue';
import { PyTuple } from './pyvalue';
import { repr, str } from './pyrepr';
import type { TbEntry } from './frames';

/** A Python exception class (`ValueError`, `concurrent.futures._base.CancelledError`). */
export class PyExcClass implements PyObject {
  readonly pyType = 'type';
  constructor(
    readonly name: string,
    readonly module: string,
    readonly base: PyExcClass | null,
  ) {}
  /** `issubclass(self, other)`. */
  isSubclassOf(other: PyExcClass): boolean {
    return this === other || (this.base?.isSubclassOf(other) ?? false);
  }
  /** The name CPython prints on a traceback's last line (module-qualified unless builtin). */
  get qualifiedName(): string {
    return this.module === 'builtins' || this.module === '__main__'
      ? this.name
      : `${this.module}.${this.name}`;
  }
  pyRepr(): string {
    return `<class '${this.qualifiedName}'>`;
  }
  /** Calls the class: `ValueError('boom')`. */
  call(...args: PyValue[]): PyException {
    return new PyException(this, args);
  }
}

/** A Python exception instance; throwable. */
export class PyException extends Error implements PyObject {
  /** Frames from the outermost to the raising one, set by `raise`. */
  tb: TbEntry[] = [];
  constructor(
    readonly cls: PyExcClass,
    readonly args: readonly PyValue[],
  ) {
    super(`${cls.name}`);
  }
  static make(cls: PyExcClass, ...args: PyValue[]): PyException {
    return new PyException(cls, args);
  }
  get pyType(): string {
    return this.cls.name;
  }
  /** `isinstance(self, cls)`. */
  is(cls: PyExcClass): boolean {
    return this.cls.isSubclassOf(cls);
  }
  pyRepr(): string {
    // A single arg prints without the tuple's trailing comma: ValueError('boom').
    return `${this.cls.name}(${this.args.map((a) => repr(a)).join(', ')})`;
  }
  pyStr(): string {
    if (this.args.length === 0) return '';
    const [only] = this.args;
    if (this.args.length === 1 && only !== undefined) {
      return this.cls.isSubclassOf(EXC.KeyError) ? repr(only) : str(only);
    }
    return repr(new PyTuple(this.args));
  }
  /** The traceback's last line: `ValueError: boom`, or just the name when str() is empty. */
  lastLine(): string {
    const s = this.pyStr();
    return s === '' ? this.cls.qualifiedName : `${this.cls.qualifiedName}: ${s}`;
  }
}

const c = (name: string, base: PyExcClass | null, module = 'builtins') =>
  new PyExcClass(name, module, base);
const BaseException = c('BaseException', null);
const Exception = c('Exception', BaseException);
const ArithmeticError = c('ArithmeticError', Exception);
const LookupError = c('LookupError', Exception);
const OSError = c('OSError', Exception);
const FuturesError = c('Error', Exception, 'concurrent.futures._base');

/** The builtin and concurrent.futures exception classes the core raises or scenarios use. */
export const EXC = {
  BaseException,
  Exception,
  ArithmeticError,
  LookupError,
  OSError,
  KeyboardInterrupt: c('KeyboardInterrupt', BaseException),
  SystemExit: c('SystemExit', BaseException),
  ValueError: c('ValueError', Exception),
  TypeError: c('TypeError', Exception),
  RuntimeError: c('RuntimeError', Exception),
  AttributeError: c('AttributeError', Exception),
  NameError: c('NameError', Exception),
  AssertionError: c('AssertionError', Exception),
  ZeroDivisionError: c('ZeroDivisionError', ArithmeticError),
  OverflowError: c('OverflowError', ArithmeticError),
  KeyError: c('KeyError', LookupError),
  IndexError: c('IndexError', LookupError),
  MemoryError: c('MemoryError', Exception),
  /** The builtin TimeoutError (3.3+); `concurrent.futures.TimeoutError` is this one from 3.11. */
  TimeoutError: c('TimeoutError', OSError),
  FuturesError,
  CancelledError: c('CancelledError', FuturesError, 'concurrent.futures._base'),
  InvalidStateError: c('InvalidStateError', FuturesError, 'concurrent.futures._base'),
  /** `concurrent.futures.TimeoutError` in 3.8–3.10: its own class, not an OSError. */
  FuturesTimeoutError310: c('TimeoutError', FuturesError, 'concurrent.futures._base'),
} as const;

/** Raises-as-JS: throws a fresh instance. Used by value helpers outside any frame. */
export function pyError(cls: PyExcClass, ...args: PyValue[]): PyException {
  return new PyException(cls, args);
}
