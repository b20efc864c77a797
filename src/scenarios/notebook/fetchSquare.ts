/**
 * The seed's `In [1]`, `In [9]`, `In [12]`–`In [13]`: `on_done_future` prints each result on
 * its Timer's thread.
 *
 * @example fetchSquare.run().cells // one span per `In [n]`
 */
import { notebookScenario } from '../notebook-scenario';

export const fetchSquare = notebookScenario({
  id: 'fetch-square',
  title: 'fetch_square: a callback for each request',
  summary:
    'The main thread is free at once; each result is printed by on_done_future on the Timer thread that completed it.',
  cellNumbers: [1, 9, 12, 13],
});
