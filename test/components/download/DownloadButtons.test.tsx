import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DownloadButtons } from '../../../src/components/download/DownloadButtons';
import { SCENARIOS } from '../../../src/scenarios/registry';
import { runScenario } from '../../../src/scenarios/run';

/** Captures what the page saves: the blob's text and the link's file name. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  let lastBlob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    lastBlob = b as Blob;
    return 'blob:local/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) saved.push({ name: this.download, blob: lastBlob });
  });
  return saved;
}

/** jsdom's Blob has no text(); FileReader reads it as a browser would. */
function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing was saved'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('DownloadButtons', () => {
  let saved: ReturnType<typeof captureDownloads>;
  beforeEach(() => {
    saved = captureDownloads();
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves the scenario’s Python as <scenario>.py', async () => {
    render(<DownloadButtons run={{ id: 'lab', python: 'print("hi")\n', cells: null }} />);
    expect(screen.queryByRole('button', { name: 'Download notebook' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download Python' }));
    expect(saved.map((s) => s.name)).toEqual(['lab.py']);
    expect(await readBlob(saved[0]?.blob)).toBe('print("hi")\n');
  });

  it('offers a notebook scenario as .ipynb too', async () => {
    const cells = [{ n: 1, first: 1, last: 2 }];
    render(<DownloadButtons run={{ id: 'done-callbacks', python: '# py\n', cells }} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download notebook' }));
    expect(saved.map((s) => s.name)).toEqual(['done-callbacks.ipynb']);
    const notebook = JSON.parse(await readBlob(saved[0]?.blob));
    expect(notebook.nbformat).toBe(4);
    expect(
      notebook.cells
        .filter((c: { cell_type: string }) => c.cell_type === 'code')
        .map((c: { execution_count: number }) => c.execution_count),
    ).toEqual([1, 7, 8]);
  });

  // The executor scenarios are programs of their own: the file is `<scenario>.py` with the
  // scenario's own source (the program CPython runs in the oracle), and no notebook.
  const executorIds = SCENARIOS.filter((s) => s.id.startsWith('pool-')).map((s) => s.id);
  it.each(executorIds.map((id) => [id]))('%s saves its own source as a .py', async (id) => {
    const run = runScenario(id);
    render(<DownloadButtons run={run} />);
    expect(screen.queryByRole('button', { name: 'Download notebook' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download Python' }));
    expect(saved.map((s) => s.name)).toEqual([`${id}.py`]);
    const text = await readBlob(saved[0]?.blob);
    expect(text).toBe(run.trace.source);
    expect(text).toContain('from concurrent.futures import ThreadPoolExecutor');
  });
});
