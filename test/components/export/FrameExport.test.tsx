import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FrameExport } from '../../../src/components/export/FrameExport';
import { ExportMenu } from '../../../src/components/export/ExportMenu';
import { SceneSvg } from '../../../src/components/export/SceneSvg';
import { frameScene } from '../../../src/export/frameScene';
import { consoleLinesAt } from '../../../src/store/selectors/consoleLinesAt';
import { loadFixture, player, renderInPlayer } from '../render';
import { render } from '@testing-library/react';

/** What the page saves: the blob and the link's file name. */
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

const readBlob = (blob: Blob | undefined): Promise<string> =>
  new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing was saved'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('FrameExport', () => {
  let saved: ReturnType<typeof captureDownloads>;
  beforeEach(() => {
    saved = captureDownloads();
  });
  afterEach(() => vi.restoreAllMocks());

  it('is in the Share & export menu as two buttons', async () => {
    loadFixture(8_030_000);
    renderInPlayer(<ExportMenu />);
    await userEvent.setup().click(screen.getByText('Share & export'));
    const group = screen.getByRole('group', { name: 'Export this frame' });
    expect(group).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export SVG' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export PNG' })).toBeVisible();
  });

  it('saves the frame at the playhead as an SVG named for the scenario and time, and says so', async () => {
    loadFixture(8_030_000);
    renderInPlayer(<FrameExport />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export SVG' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Saved fetch-square-8.030s.svg'),
    );
    expect(saved.map((s) => s.name)).toEqual(['fetch-square-8.030s.svg']);
    expect(saved[0]!.blob.type).toMatch(/^image\/svg\+xml/);
    const svg = await readBlob(saved[0]!.blob);
    for (const line of consoleLinesAt(player().getState().run!.trace, 8_030_000))
      expect(svg).toContain(`>${line.text}</text>`);
  });

  it('draws the link’s teacher’s note into the saved frame, as text', async () => {
    loadFixture(8_030_000);
    player()
      .getState()
      .setNote({ text: 'Watch which thread prints <each> line', t: 8_030_000 as never });
    renderInPlayer(<FrameExport />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export SVG' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const svg = await readBlob(saved[0]!.blob);
    expect(svg.replace(/\s+/g, ' ')).toContain('Watch which thread prints &lt;each&gt; line');
  });

  it('says why when the browser cannot draw a PNG, and no error escapes', async () => {
    loadFixture(8_000_000);
    // jsdom has no canvas: getContext gives null, as a browser out of memory would.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    renderInPlayer(<FrameExport />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export PNG' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Could not export the PNG: this browser cannot draw on a canvas',
      ),
    );
    expect(saved).toHaveLength(0);
  });
});

describe('SceneSvg', () => {
  it('is an image named by the scene’s title, its texts as text', () => {
    loadFixture(0);
    const run = player().getState().run!;
    const scene = frameScene({ trace: run.trace, title: run.title, t: run.trace.end });
    render(<SceneSvg scene={scene} />);
    const img = screen.getByRole('img', { name: scene.title });
    expect(img.textContent).toContain('Result is: 16');
    expect(img.querySelector('script')).toBeNull();
  });

  it('gives each picture its own pattern ids, so two on a page do not share them', () => {
    loadFixture(0);
    const run = player().getState().run!;
    const scene = frameScene({ trace: run.trace, title: run.title, t: 4_000_000 });
    const { container } = render(
      <>
        <SceneSvg scene={scene} />
        <SceneSvg scene={scene} />
      </>,
    );
    const ids = [...container.querySelectorAll('pattern')].map((p) => p.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
