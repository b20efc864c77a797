/**
 * The first lesson's own words for its few steps, for a reader who has never seen a thread.
 * Every name and number is read from the event, so the words stay exact if the program
 * changes; events not named here get the generic narration.
 *
 * @example lessonNarration(trace, 0) // 'The program starts. A thread is one line of work …'
 */
import { formatSeconds } from '../../core/seconds';
import type { EventOf, Trace, TimerId } from '../../core/trace';

export function lessonNarration(trace: Trace, index: number): string | null {
  const e = trace.events[index];
  if (!e) return null;
  switch (e.type) {
    case 'thread.start':
      return e.kind === 'main'
        ? `The program starts. A thread is one line of work going through the code, one statement at a time; every Python program starts with one, ${e.thread}.`
        : null;
    case 'line': {
      const text = trace.source.split('\n')[(e.line ?? 0) - 1]?.trim() ?? '';
      const def = /^def (\w+)\(/.exec(text);
      return def
        ? `${e.thread} runs line ${e.line}: ${text} only defines ${def[1]}; its body runs later, when something calls ${def[1]}.`
        : null;
    }
    case 'timer.start': {
      const timer = timerOf(trace, e.timer);
      if (!timer) return null;
      return `timer.start() starts ${timer.threadName}, the Timer's own thread. Now two threads run at once: ${timer.threadName} waits out its ${formatSeconds(timer.interval)} s while ${e.thread} goes on to its next line.`;
    }
    case 'timer.create':
      return `threading.Timer(${formatSeconds(e.interval)}, ${e.function}) makes a Timer: a thread of its own, ${e.threadName}, that will wait ${formatSeconds(e.interval)} s and then call ${e.function}. It has not started yet.`;
    case 'stdout': {
      const text = e.text.replace(/\n$/, '');
      return `${e.thread} prints “${text}”: threading.current_thread().name is the name of the thread running the print, so each line tells who printed it.`;
    }
    case 'timer.fire': {
      const timer = timerOf(trace, e.timer);
      if (!timer) return null;
      return `${formatSeconds(timer.interval)} s after it started, ${e.thread} wakes and calls ${timer.function} itself: the Timer's function runs on the Timer's own thread.`;
    }
    default:
      return null;
  }
}

/** The Timer's creation: its thread's name, interval and function. */
function timerOf(trace: Trace, timer: TimerId): EventOf<'timer.create'> | null {
  const created = trace.events.find((x) => x.type === 'timer.create' && x.timer === timer);
  return created?.type === 'timer.create' ? created : null;
}
