/**
 * The seed's `In [1]`, `In [7]`–`In [8]`: `add_done_callback(lambda …)`, then `set_result`
 * prints `The result is: Hello`.
 *
 * @example doneCallbacks.run().cells // one span per `In [n]`
 */
import { notebookScenario } from '../notebook-scenario';

export const doneCallbacks = notebookScenario({
  id: 'done-callbacks',
  title: 'Done-callbacks',
  summary:
    'A callback added with add_done_callback runs as soon as set_result finishes the future.',
  cellNumbers: [1, 7, 8],
});
