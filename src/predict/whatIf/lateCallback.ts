/**
 * "What if the program then added a done-callback to fut1?": any Lab program with three lines
 * appended, a callback that prints the thread it runs on and its `add_done_callback` call. If
 * fut1 is done by then, the callback runs at once on the thread that adds it (spec CB-2);
 * else later, on the thread that completes fut1.
 *
 * @example
 *   const late = withLateCallback(labProgram({ ...DEFAULT_LAB, observe: 'result' }));
 *   late.source.endsWith('fut1.add_done_callback(on_late)\n'); // true
 */
import type { PyFuture } from '../../core/future';
import type { Program } from '../../core/program';
import type { Py } from '../../core/runtime';
import type { Trace } from '../../core/trace';

const PRINT = '    print("on_late runs in", threading.current_thread().name)';
const APPENDED = ['', '', 'def on_late(future):', PRINT, '', '', 'fut1.add_done_callback(on_late)'];

/** The Lab program `lab` (whose first future is `fut1`) with the late callback appended. */
export function withLateCallback(lab: Program): Program {
  const base = lab.source.replace(/\n*$/, '\n');
  const first = base.split('\n').length - 1; // lines before the appended ones
  const line = (text: string) => first + APPENDED.indexOf(text) + 1;
  return {
    source: `${base}${APPENDED.join('\n')}\n`,
    *main(py) {
      const futures: PyFuture[] = [];
      // The Lab program's own run, noting its futures: the first one is fut1.
      const noting = new Proxy(py, {
        get(target, prop) {
          if (prop === 'Future')
            return (name: string, className?: string) => {
              const made = target.Future(name, className);
              futures.push(made);
              return made;
            };
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }) as Py;
      yield* lab.main(noting);
      yield* py.line(line('def on_late(future):'));
      const onLate = py.fn(
        'on_late',
        function* () {
          yield* py.line(line(PRINT));
          yield* py.print('on_late runs in', py.currentThread().name);
        },
        { line: line('def on_late(future):') },
      );
      yield* py.line(line('fut1.add_done_callback(on_late)'));
      const fut1 = futures[0];
      if (!fut1) throw new Error('the Lab program made no future');
      yield* fut1.add_done_callback(onLate);
    },
  };
}

/** Why on_late printed the thread it did, read off the trace of the changed program. */
export function lateCallbackExplanation(trace: Trace): string {
  const added = trace.events.find((e) => e.type === 'callback.add' && e.name === 'on_late');
  return added?.type === 'callback.add' && added.immediate
    ? 'fut1 had already finished when on_late was added, so add_done_callback ran it at once, on the thread that added it (MainThread), before returning.'
    : 'fut1 was still pending when on_late was added, so on_late runs later, on the thread that completes fut1: its Timer thread.';
}
