/**
 * Download Python for the executor scenarios: the file the page saves is `<scenario>.py` with
 * the scenario's own source (the program CPython runs in the oracle), and no notebook is
 * offered for a program of its own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DownloadButtons } from '../../../src/components/download/DownloadButtons';
import { SCENARIOS } from '../../../src/scenarios/registry';
import { runScenario } from '../../../src/scenarios/run';

const executorIds = SCENARIOS.filter((s) => s.id.startsWith('pool-')).map((s) => s.id);

/** What the page saves: the link's file name and the blob's text. */
function captureDownloads(): { name: string; blob: Blob }[] {
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

describe('Download Python for the executor scenarios', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(executorIds.map((id) => [id]))('%s saves its own source as a .py', async (id) => {
    const saved = captureDownloads();
    const run = runScenario(id);
    const { unmount } = render(<DownloadButtons run={run} />);
    expect(screen.queryByRole('button', { name: 'Download notebook' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download Python' }));
    expect(saved.map((s) => s.name)).toEqual([`${id}.py`]);
    const text = await readBlob(saved[0]?.blob);
    expect(text).toBe(run.trace.source);
    expect(text).toContain('from concurrent.futures import ThreadPoolExecutor');
    unmount();
  });
});
