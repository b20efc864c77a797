/**
 * A notebook scenario as a Jupyter notebook (nbformat 4.5): a title cell, then the seed's code
 * cells with their own `In [n]` numbers and the outputs the seed shows under them. Kept in its
 * own module so the UI can load it only when someone asks for the download.
 *
 * @example JSON.parse(notebookIpynb('done-callbacks')).cells[2].execution_count // 7
 */
import { scenarioInfo } from './catalog';
import { notebookCell } from './notebook-cells';
import type { ScenarioId } from './types';

/** What the seed prints under each cell: stdout text, or the displayed `Out[n]` value. */
const SEED_OUTPUTS: Readonly<Record<number, { stdout?: string; display?: string }>> = {
  3: { stdout: '<Future at 0x7f5a1c537ac8 state=pending>\n' },
  5: { stdout: '<Future at 0x7f5a1c537ac8 state=finished returned str>\n' },
  6: { display: "'Hello'" },
  8: { stdout: 'The result is: Hello\n' },
  11: {
    stdout:
      "{'success': True, 'result': 4}\n{'success': True, 'result': 9}\n{'success': True, 'result': 16}\n",
  },
  13: { stdout: 'Result is: 4\nResult is: 9\nResult is: 16\n' },
};

/** nbformat stores multi-line text as a list of lines, each keeping its newline. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l !== '');
}

function outputsOf(n: number): unknown[] {
  const out = SEED_OUTPUTS[n];
  if (!out) return [];
  if (out.display !== undefined) {
    return [
      {
        output_type: 'execute_result',
        execution_count: n,
        data: { 'text/plain': lines(out.display) },
        metadata: {},
      },
    ];
  }
  return [{ output_type: 'stream', name: 'stdout', text: lines(out.stdout ?? '') }];
}

/**
 * The `.ipynb` text of a notebook scenario; the Lab has no notebook and gets an error.
 *
 * @example notebookIpynb('future-by-hand').startsWith('{') // true
 */
export function notebookIpynb(id: ScenarioId): string {
  const info = scenarioInfo(id);
  if (info.cellNumbers.length === 0) throw new Error(`${id} is not a notebook scenario`);
  const title = {
    cell_type: 'markdown',
    id: 'title',
    metadata: {},
    source: lines(
      `# ${info.title}\n\n${info.summary}\n\nCells from the “Futures” section of Lanaro, *Python High Performance*, as replayed by Futures Visualizer.`,
    ),
  };
  const cells = info.cellNumbers.map((n) => ({
    cell_type: 'code',
    execution_count: n,
    id: `in-${n}`,
    metadata: {},
    outputs: outputsOf(n),
    source: lines(notebookCell(n).code),
  }));
  const notebook = {
    cells: [title, ...cells],
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
