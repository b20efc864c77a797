/**
 * A notebook scenario's two texts: the code panel's source (the cells, one blank line apart,
 * with `CellSpan`s saying which lines are which `In [n]`) and the downloadable `.py`, where a
 * displayed value becomes an explicit `print(repr(…))` so the script prints what IPython showed.
 *
 * @example
 *   notebookSource([1, 2]).text  // 'from concurrent.futures import Future\nimport threading\n\nfut = Future()\n'
 *   notebookSource([1, 2]).cells // [{ n: 1, first: 1, last: 2 }, { n: 2, first: 4, last: 4 }]
 */
import { notebookCell } from './notebook-cells';
import type { CellSpan } from './types';

export interface NotebookSource {
  /** The code panel's text; the trace's line numbers refer to it. */
  text: string;
  cells: CellSpan[];
}

/** The cells `numbers`, in order, one blank line apart. */
export function notebookSource(numbers: readonly number[]): NotebookSource {
  const lines: string[] = [];
  const cells: CellSpan[] = [];
  for (const n of numbers) {
    if (lines.length) lines.push('');
    const code = notebookCell(n).code.split('\n');
    cells.push({ n, first: lines.length + 1, last: lines.length + code.length });
    lines.push(...code);
  }
  return { text: `${lines.join('\n')}\n`, cells };
}

/**
 * The cells as a script for `python3`: each cell under an `# In [n]:` comment; a displayed
 * value is printed with `repr`, as IPython's `Out[n]` shows it.
 *
 * @example notebookPython([6]) // '# In [6]:\nprint(repr(fut.result()))  # IPython shows Out[6]\n'
 */
export function notebookPython(numbers: readonly number[], title: string): string {
  const parts = [`# ${title}: the seed notebook's cells, runnable as a script.`];
  for (const n of numbers) {
    const cell = notebookCell(n);
    let code = cell.code;
    if (cell.displays !== null) {
      const lines = code.split('\n');
      lines[lines.length - 1] = `print(repr(${cell.displays}))  # IPython shows this as Out[${n}]`;
      code = lines.join('\n');
    }
    parts.push(`# In [${n}]:\n${code}`);
  }
  return `${parts.join('\n\n')}\n`;
}
