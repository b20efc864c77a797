import { describe, expect, it } from 'vitest';
import { NOTEBOOK_CELLS } from '../../src/scenarios/notebook-cells';
import { notebookPython, notebookSource } from '../../src/scenarios/notebook-source';
import { readSeedCells } from '../seed/seed';

const seed = readSeedCells();

describe('the seed notebook cells', () => {
  it('are read from the seed file: In [1] … In [13]', () => {
    expect([...seed.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(seed.get(13)?.output.split('\n')).toHaveLength(3);
    expect(seed.get(12)?.output).toBe('');
  });

  it('are reproduced character for character, indentation quirks included', () => {
    for (const [n, cell] of seed) expect(NOTEBOOK_CELLS[n]?.code, `In [${n}]`).toBe(cell.code);
    expect(Object.keys(NOTEBOOK_CELLS).map(Number)).toEqual([...seed.keys()]);
  });

  it('mark each cell’s lines in the code panel source', () => {
    const { text, cells } = notebookSource([1, 9, 12, 13]);
    const lines = text.split('\n');
    for (const span of cells) {
      expect(lines.slice(span.first - 1, span.last).join('\n')).toBe(seed.get(span.n)?.code);
    }
    expect(cells.map((c) => c.n)).toEqual([1, 9, 12, 13]);
  });

  it('turn a displayed value into print(repr(…)) in the script', () => {
    const py = notebookPython([1, 2, 4, 6], 'A Future by hand');
    expect(py).toContain('# In [6]:\nprint(repr(fut.result()))');
    expect(py).not.toMatch(/^fut\.result\(\)$/m);
  });
});
