/**
 * The first lesson, for someone who has never seen a thread: the program's main thread starts
 * a Timer, which waits on a thread of its own and then calls greet there; both print the name
 * of the thread that printed, so the console itself says who did what (spec T-1, CB-3).
 *
 * @example simulate(firstLesson.program()) // 'this line is run by MainThread', then 1.0 s later 'greet is run by Thread-1'
 */
import type { Program } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';
import { lessonNarration } from './lessonNarration';

export const LESSON_LINES = sourceOf([
  'import threading',
  '',
  'def greet():',
  '    print("greet is run by", threading.current_thread().name)',
  '',
  'timer = threading.Timer(1.0, greet)',
  'timer.start()',
  'print("this line is run by", threading.current_thread().name)',
]);

const { source, at } = LESSON_LINES;

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import threading'));
      yield* py.line(at('def greet():'));
      const greet = py.fn(
        'greet',
        function* () {
          yield* py.line(at('print("greet is run by", threading.current_thread().name)'));
          yield* py.print('greet is run by', py.currentThread().name);
        },
        { line: at('def greet():') },
      );
      yield* py.line(at('timer = threading.Timer(1.0, greet)'));
      const timer = py.Timer(1.0, greet);
      yield* py.line(at('timer.start()'));
      yield* timer.start();
      yield* py.line(at('print("this line is run by", threading.current_thread().name)'));
      yield* py.print('this line is run by', py.currentThread().name);
    },
  };
}

export const firstLesson = programScenario({
  id: 'first-lesson',
  title: 'First lesson: two threads and a Timer',
  summary:
    'A thread is one line of work running through the code. MainThread starts a Timer that waits 1.0 s and then calls greet; each print says which thread ran it.',
  teaches: ['callback-main-thread'],
  program,
  narration: lessonNarration,
});
