/**
 * The Lab's Python program, generated from its parameters. It is both the code panel's text
 * and the downloadable `lab.py`, so the trace's line numbers are the script's.
 *
 * The program keeps the seed's shape (`network_request_async` + Timer, `fetch_square` +
 * `on_done_future`) and handles every outcome in Python itself, so what it prints is the
 * same on CPython 3.8–3.14: no version-specific traceback ever reaches the console.
 *
 * @example labSource(DEFAULT_LAB).line('call:1') // the line of `fut1 = fetch_square(2, 5.0, "ok")`
 */
import { floatRepr } from '../core/pyfloat';
import { parsePyNumber } from './pyliteral';
import { SourceBuilder } from './source-builder';
import type { LabParams } from './types';

/** Whether the program observes results with `result()` and needs the try/except helper. */
export function labUsesCallbacks(lab: LabParams): boolean {
  return lab.observe !== 'result';
}

export function labUsesResult(lab: LabParams): boolean {
  return lab.observe !== 'callbacks';
}

/** Whether `number ** 2` raises OverflowError in CPython: a float whose square is beyond 1.8e308. */
export function squareOverflows(number: string): boolean {
  const parsed = parsePyNumber(number);
  return parsed.ok && parsed.value.kind === 'float' && !Number.isFinite(parsed.value.value ** 2);
}

/** `result()` can raise (an exception, a cancel, a timeout, an overflow): wrap it so main carries on. */
export function labNeedsShowResult(lab: LabParams): boolean {
  return (
    labUsesResult(lab) &&
    (lab.timeout !== null ||
      lab.outcomes.some((o) => o === 'raise' || o === 'cancel') ||
      lab.numbers.some(squareOverflows))
  );
}

/** `fut1.result()` or `fut1.result(timeout=1.5)`. */
function resultCall(name: string, lab: LabParams): string {
  return lab.timeout === null
    ? `${name}.result()`
    : `${name}.result(timeout=${floatRepr(lab.timeout)})`;
}

/**
 * The program for `lab`, with labelled lines: `nra.*` (network_request_async), `timer.*`
 * (its on_timer function), `fs.*` (fetch_square), `cb.*` (on_done_future), `show.*`
 * (show_result), and per call `i` (1-based): `call:i`, `cancel:i`, `observe:i`.
 */
export function labSource(lab: LabParams): SourceBuilder {
  const b = new SourceBuilder();
  b.add('from concurrent.futures import Future, InvalidStateError');
  b.add('import threading');
  b.add('');
  b.add('');
  b.add('def network_request_async(number, delay, outcome):', 'nra.def');
  b.add('    future = Future()', 'nra.future');
  b.add('    try:', 'nra.try');
  b.add('        result = {"success": outcome != "fail", "result": number ** 2}', 'nra.result');
  b.add(
    '    except OverflowError as error:  # e.g. 1e308 ** 2: the request fails at once',
    'nra.except',
  );
  b.add('        future.set_exception(error)', 'nra.set_exception');
  b.add('        return future', 'nra.return_early');
  b.add('');
  b.add('    def on_timer():', 'timer.def');
  b.add('        try:', 'timer.try');
  b.add('            if outcome == "raise":', 'timer.if');
  b.add(
    '                future.set_exception(ConnectionError("request {} failed".format(number)))',
    'timer.set_exception',
  );
  b.add('            else:');
  b.add('                future.set_result(result)', 'timer.set_result');
  b.add(
    '        except InvalidStateError as error:  # the future was cancelled first',
    'timer.except',
  );
  b.add(
    '            print("Timer for {} fired too late: {}".format(number, error))',
    'timer.print',
  );
  b.add('');
  b.add('    timer = threading.Timer(delay, on_timer)', 'nra.timer');
  b.add('    timer.start()', 'nra.start');
  b.add('    return future', 'nra.return');
  if (labUsesCallbacks(lab)) {
    b.add('');
    b.add('');
    b.add('def fetch_square(number, delay, outcome):', 'fs.def');
    b.add('    fut = network_request_async(number, delay, outcome)', 'fs.call');
    b.add('');
    b.add('    def on_done_future(future):', 'cb.def');
    b.add('        if future.cancelled():', 'cb.cancelled');
    b.add('            print("Request for {} was cancelled".format(number))', 'cb.print_cancelled');
    b.add('        elif future.exception() is not None:', 'cb.exception');
    b.add(
      '            print("Request for {} raised {!r}".format(number, future.exception()))',
      'cb.print_raised',
    );
    b.add('        else:');
    b.add('            response = future.result()', 'cb.result');
    b.add('            if response["success"]:', 'cb.success');
    b.add('                print("Result is: {}".format(response["result"]))', 'cb.print_result');
    b.add('            else:');
    b.add('                print("Request for {} failed".format(number))', 'cb.print_failed');
    b.add('');
    b.add('    fut.add_done_callback(on_done_future)', 'fs.add');
    b.add('    return fut', 'fs.return');
  }
  if (labNeedsShowResult(lab)) {
    b.add('');
    b.add('');
    b.add('def show_result(name, fut):', 'show.def');
    b.add('    try:', 'show.try');
    b.add(`        print(${resultCall('fut', lab)})`, 'show.print');
    b.add('    except Exception as error:', 'show.except');
    b.add('        print("{}.result() raised {!r}".format(name, error))', 'show.print_error');
  }
  b.add('');
  b.add('');
  const request = labUsesCallbacks(lab) ? 'fetch_square' : 'network_request_async';
  lab.numbers.forEach((number, i) => {
    const n = i + 1;
    const delay = floatRepr(lab.delays[i] ?? 5);
    const outcome = lab.outcomes[i] ?? 'ok';
    b.add(`fut${n} = ${request}(${number.trim()}, ${delay}, "${outcome}")`, `call:${n}`);
    if (outcome === 'cancel') b.add(`fut${n}.cancel()`, `cancel:${n}`);
  });
  if (labUsesResult(lab)) {
    lab.numbers.forEach((_, i) => {
      const n = i + 1;
      const line = labNeedsShowResult(lab)
        ? `show_result("fut${n}", fut${n})`
        : `print(${resultCall(`fut${n}`, lab)})`;
      b.add(line, `observe:${n}`);
    });
  }
  return b;
}
