/**
 * A notebook scenario as a Jupyter notebook (nbformat 4.5): a title cell, then the seed's code
 * cells with their own `In [n]` numbers and, under each, the output the simulation printed. Kept in its
 * own module so the UI can load it only when someone asks for the download.
 *
 * @example JSON.parse(notebookIpynb('done-callbacks')).cells[2].execution_count // 7
 */
import { notebookCell } from './notebook-cells';
import type { Trace } from '../core/trace';
import { scenarioById } from './registry';
import { runScenario } from './run';
import type { ScenarioId } from './types';

/** nbformat stores multi-line text as a list of lines, each keeping its newline. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l !== '');
}

/**
 * Each cell's outputs, from the simulation: text printed while a cell runs, or later by a
 * Timer when no other cell is running, belongs to the latest cell (as in ipykernel 6, P-6).
 */
function outputsByCell(trace: Trace): Map<number, unknown[]> {
  const outputs = new Map<number, unknown[]>();
  let cell = 0;
  for (const e of trace.events) {
    if (e.type === 'cell.start') cell = e.cell;
    const list = outputs.get(cell) ?? [];
    if (e.type === 'display') {
      list.push({
        output_type: 'execute_result',
        execution_count: e.cell,
        data: { 'text/plain': lines(e.text) },
        metadata: {},
      });
    } else if (e.type === 'stdout' || e.type === 'stderr') {
      const last = list[list.length - 1] as
        { output_type?: string; name?: string; text?: string[] } | undefined;
      // Consecutive writes to one stream form one output, as Jupyter shows them.
      if (last?.output_type === 'stream' && last.name === e.type && last.text)
        last.text.push(...lines(e.text));
      else list.push({ output_type: 'stream', name: e.type, text: lines(e.text) });
    } else continue;
    outputs.set(cell, list);
  }
  return outputs;
}

/**
 * The `.ipynb` text of a notebook scenario; the Lab has no notebook and gets an error.
 *
 * @example notebookIpynb('future-by-hand').startsWith('{') // true
 */
export function notebookIpynb(id: ScenarioId): string {
  const info = scenarioById(id);
  if (info.cellNumbers.length === 0) throw new Error(`${id} is not a notebook scenario`);
  const title = {
    cell_type: 'markdown',
    id: 'title',
    metadata: {},
    source: lines(
      `# ${info.title}\n\n${info.summary}\n\nCells from the “Futures” section of Lanaro, *Python High Performance*, as replayed by Futures Visualizer.`,
    ),
  };
  const outputs = outputsByCell(runScenario(id).trace);
  const cells = info.cellNumbers.map((n) => ({
    cell_type: 'code',
    execution_count: n,
    id: `in-${n}`,
    metadata: {},
    outputs: outputs.get(n) ?? [],
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
