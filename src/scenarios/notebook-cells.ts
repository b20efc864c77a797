/**
 * The seed's notebook cells (`../shared/seeds/000_e862a3b52115f259.txt`), character for
 * character — including its 8-space bodies and the 4-space blank line in `In [12]`, which are
 * the book's, not ours. `test/scenarios/seed-cells.test.ts` checks them against the seed file.
 *
 * @example NOTEBOOK_CELLS[6] // 'fut.result()'
 */

/** What IPython shows for a cell: its code, and whether its last line's value is displayed (`Out[n]`). */
export interface NotebookCell {
  n: number;
  code: string;
  /** The expression whose value IPython shows as `Out[n]`, if the cell ends in one that is not None. */
  displays: string | null;
}

const cell = (n: number, lines: string[], displays: string | null = null): NotebookCell => ({
  n,
  code: lines.join('\n'),
  displays,
});

export const NOTEBOOK_CELLS: Readonly<Record<number, NotebookCell>> = {
  1: cell(1, ['from concurrent.futures import Future', 'import threading']),
  2: cell(2, ['fut = Future()']),
  3: cell(3, ['print(fut)']),
  4: cell(4, ['fut.set_result("Hello")']),
  5: cell(5, ['print(fut)']),
  6: cell(6, ['fut.result()'], 'fut.result()'),
  7: cell(7, [
    'fut = Future()',
    'fut.add_done_callback(lambda future: print("The result is: " + future.result(),flush=True))',
  ]),
  8: cell(8, ['fut.set_result("Hello")']),
  9: cell(9, [
    'def network_request_async(number):',
    '        future = Future()',
    '        result = {"success": True, "result": number ** 2}',
    '        timer = threading.Timer(5.0, lambda: future.set_result(result))',
    '        timer.start()',
    '        return future',
  ]),
  10: cell(10, [
    'fut1 = network_request_async(2)',
    'fut2 = network_request_async(3)',
    'fut3 = network_request_async(4)',
  ]),
  11: cell(11, ['print(fut1.result())', 'print(fut2.result())', 'print(fut3.result())']),
  12: cell(12, [
    'def fetch_square(number):',
    '        fut = network_request_async(number)',
    '',
    '        def on_done_future(future):',
    '            response = future.result()',
    '            if response["success"]:',
    '                print("Result is: {}".format(response["result"]))',
    '    ',
    '        fut.add_done_callback(on_done_future)',
  ]),
  13: cell(13, ['fetch_square(2)', 'fetch_square(3)', 'fetch_square(4)']),
};

/** The cell `In [n]`; throws for a number the seed does not have (a programming error). */
export function notebookCell(n: number): NotebookCell {
  const c = NOTEBOOK_CELLS[n];
  if (!c) throw new Error(`the seed has no In [${n}]`);
  return c;
}
