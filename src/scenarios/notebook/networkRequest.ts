/**
 * The seed's `In [1]`, `In [9]`–`In [11]`: three Timers of 5.0 s; the main thread blocks in
 * `result()` in call order.
 *
 * @example networkRequest.run().cells // one span per `In [n]`
 */
import { notebookScenario } from '../notebook-scenario';

export const networkRequest = notebookScenario({
  id: 'network-request',
  title: 'network_request_async: waiting with result()',
  summary:
    'Three Timers complete three futures 5 s later; the main thread blocks in result() and prints in call order.',
  cellNumbers: [1, 9, 10, 11],
});
