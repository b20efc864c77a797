import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipExport } from '../../../src/components/export/ClipExport';
import type { ClipFile, ClipRequest } from '../../../src/export/clipRequest';
import type { VirtualUs } from '../../../src/core/trace';
import { loadFixture, player, renderInPlayer } from '../render';

/** What each exporter does in a test; null runs the real module (jsdom has no MediaRecorder). */
const fake = vi.hoisted(() => ({
  video: null as null | ((r: ClipRequest) => Promise<ClipFile>),
  gif: null as null | ((r: ClipRequest) => Promise<ClipFile>),
}));
vi.mock('../../../src/export/exportVideo', async (original) => {
  const real = await original<typeof import('../../../src/export/exportVideo')>();
  return { exportVideo: (r: ClipRequest) => (fake.video ?? real.exportVideo)(r) };
});
vi.mock('../../../src/export/exportGif', async (original) => {
  const real = await original<typeof import('../../../src/export/exportGif')>();
  return { exportGif: (r: ClipRequest) => (fake.gif ?? real.exportGif)(r) };
});

/** The names of the files the page saved. */
function captureDownloads(): string[] {
  const saved: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:local/1');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
  return saved;
}

/** An exporter that reports `percent` and then waits until it is cancelled. */
function untilCancelled(percent: number) {
  return (r: ClipRequest) =>
    new Promise<ClipFile>((_, reject) => {
      r.onProgress?.(percent / 100);
      r.signal.addEventListener('abort', () => reject(new DOMException('Cancelled', 'AbortError')));
    });
}

const T0 = 4_000_000 as VirtualUs;
let saved: string[];

beforeEach(() => {
  loadFixture(T0);
  saved = captureDownloads();
});
afterEach(() => {
  fake.video = null;
  fake.gif = null;
  vi.restoreAllMocks();
});

describe('ClipExport', () => {
  it('offers a range, a speed and the two exports; "Zoom window" waits for a zoom', () => {
    renderInPlayer(<ClipExport />);
    const range = screen.getByRole('radiogroup', { name: 'Clip range' });
    expect(range).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Zoom window' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Whole run' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Clip speed' })).toHaveValue('2');
    expect(screen.getByRole('button', { name: 'Export video' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Export GIF' })).toBeEnabled();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  it('records the zoom window once the timeline is zoomed', async () => {
    const requests: ClipRequest[] = [];
    fake.gif = async (r) => {
      requests.push(r);
      return { blob: new Blob(['GIF89a']), fileName: 'window.gif' };
    };
    renderInPlayer(<ClipExport />);
    act(() =>
      player()
        .getState()
        .setView({ from: 3_000_000, to: 5_000_000 } as never),
    );
    expect(screen.getByRole('radio', { name: 'Zoom window' })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export GIF' }));
    await screen.findByText('Saved window.gif (6 bytes).');
    expect(requests[0]!.range).toEqual({ from: 3_000_000, to: 5_000_000 });
    expect(requests[0]!.subject.view).toEqual({ from: 3_000_000, to: 5_000_000 });
  });

  it('shows progress and Cancel while recording; Cancel stops it and saves nothing', async () => {
    fake.video = untilCancelled(42);
    const user = userEvent.setup();
    renderInPlayer(<ClipExport />);
    await user.click(screen.getByRole('button', { name: 'Export video' }));
    await screen.findByText('42%');
    const bar = screen.getByRole('progressbar', { name: 'Video export progress' });
    expect(bar).toHaveAttribute('value', '42');
    expect(screen.getByRole('status')).toHaveTextContent('Recording the video…');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Export GIF' })).toBeDisabled();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Cancelled: nothing was saved.'),
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export video' })).toHaveFocus();
  });

  it('saves the GIF at the chosen speed, says what it saved, and leaves the playhead alone', async () => {
    const requests: ClipRequest[] = [];
    fake.gif = async (r) => {
      requests.push(r);
      r.onProgress?.(1);
      return { blob: new Blob(['0123456789']), fileName: 'fetch-square-0.000-8.000s.gif' };
    };
    const user = userEvent.setup();
    renderInPlayer(<ClipExport />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Clip speed' }), '4×');
    await user.click(screen.getByRole('button', { name: 'Export GIF' }));
    await screen.findByText('Saved fetch-square-0.000-8.000s.gif (10 bytes).');
    expect(saved).toEqual(['fetch-square-0.000-8.000s.gif']);
    const run = player().getState().run!;
    expect(requests.map((r) => [r.speed, r.range])).toEqual([[4, { from: 0, to: run.trace.end }]]);
    expect(requests[0]!.subject.view).toBeNull();
    expect(player().getState().t).toBe(T0);
  });

  it('adds what the exporter wants the learner to know about the file', async () => {
    fake.video = async () => ({
      blob: new Blob(['webm']),
      fileName: 'clip.webm',
      note: 'The tab was in the background while recording, so the video may skip frames.',
    });
    renderInPlayer(<ClipExport />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export video' }));
    await screen.findByText(
      'Saved clip.webm (4 bytes). The tab was in the background while recording, so the video may skip frames.',
    );
    expect(saved).toEqual(['clip.webm']);
  });

  it('says in words why a browser without MediaRecorder cannot export video', async () => {
    renderInPlayer(<ClipExport />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export video' }));
    await screen.findByText('This browser cannot record video (it has no MediaRecorder). Try GIF.');
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export video' })).toBeEnabled();
  });
});
