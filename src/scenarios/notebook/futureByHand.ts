/**
 * The seed's `In [1]`–`In [6]`: a bare `Future`, `set_result("Hello")`, and `fut.result()`
 * shown as `Out[6]`.
 *
 * @example futureByHand.run().cells // one span per `In [n]`
 */
import { notebookScenario } from '../notebook-scenario';

export const futureByHand = notebookScenario({
  id: 'future-by-hand',
  title: 'A Future by hand',
  summary:
    'A bare Future starts pending; set_result("Hello") finishes it, and result() hands the value back.',
  cellNumbers: [1, 2, 3, 4, 5, 6],
});
