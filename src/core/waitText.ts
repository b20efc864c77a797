/**
 * How a wait reads on screen, one wording for the lane, its status, the code panel and the
 * narration: the blocking call as the program writes it.
 *
 * @example
 *   waitCallText({ call: 'result', on: 'fut2' });        // 'fut2.result()'
 *   waitLabel({ call: 'as_completed', on: 'fut1, fut2' }); // 'blocked in as_completed()'
 *   waitLabel({ call: 'work', on: 'ThreadPoolExecutor-0' }); // 'waiting for work'
 */
import type { WaitCall } from './trace';

export interface WaitWhat {
  call: WaitCall;
  on: string;
}

/** The call as code: `fut2.result()`, `as_completed()`, `Thread-3.join()`, `ready.wait()`. */
export function waitCallText({ call, on }: WaitWhat): string {
  switch (call) {
    case 'result':
    case 'exception':
      return `${on}.${call}()`;
    case 'wait':
    case 'as_completed':
      return `${call}()`;
    case 'join':
      return `${on}.join()`;
    case 'shutdown':
      return 'shutdown(wait=True)';
    case 'work':
      return `${on}'s work queue`;
    case 'Event.wait':
    case 'Condition.wait':
      return `${on}.wait()`;
    case 'Lock.acquire':
    case 'Semaphore.acquire':
      return `${on}.acquire()`;
    case 'Queue.get':
      return `${on}.get()`;
    case 'Queue.put':
      return `${on}.put()`;
    case 'select':
      return "the event loop's select()";
  }
}

/** The lane's words for the wait: "blocked in as_completed()", or "waiting for work". */
export function waitLabel(what: WaitWhat): string {
  if (what.call === 'work') return 'waiting for work';
  // An idle loop is not blocked in the program's code: nothing is ready to run yet.
  if (what.call === 'select') return 'event loop idle';
  return `blocked in ${waitCallText(what)}`;
}
