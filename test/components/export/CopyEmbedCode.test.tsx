import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyEmbedCode } from '../../../src/components/export/CopyEmbedCode';
import { embedSnippet, embedSrc } from '../../../src/components/export/embedCode';
import { loadFixture, renderInPlayer } from '../render';

describe('embedSnippet / embedSrc', () => {
  it('writes the iframe with every link field, embed=1, and escaped attributes', () => {
    const src = embedSrc('https://x.example/fv/?scenario=lab&numbers=2,3&note=a%22b%3Cc#top');
    expect(src).toBe('https://x.example/fv/?scenario=lab&numbers=2,3&note=a%22b%3Cc&embed=1');
    expect(embedSnippet('https://x.example/?a=1&embed=1', 'Say "hi" <b>&</b>')).toBe(
      '<iframe src="https://x.example/?a=1&amp;embed=1" title="Futures Visualizer: Say &quot;hi&quot; &lt;b&gt;&amp;&lt;/b&gt;" width="960" height="540" style="border:0" loading="lazy"></iframe>',
    );
  });
  it('keeps embed=1 once when the link already has it', () => {
    expect(embedSrc('https://x.example/?embed=1&t=2')).toBe('https://x.example/?embed=1&t=2');
  });
});

describe('Copy embed code', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies the iframe for this page’s link and says so', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/fv/?scenario=fetch-square&t=2');
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    loadFixture();
    renderInPlayer(<CopyEmbedCode />);
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(write).toHaveBeenCalledWith(
      `<iframe src="${location.origin}/fv/?scenario=fetch-square&amp;t=2&amp;embed=1" title="Futures Visualizer: fetch_square: a callback for each request" width="960" height="540" style="border:0" loading="lazy"></iframe>`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied');
    expect(screen.queryByRole('textbox', { name: 'Embed code' })).toBeNull();
  });

  it('shows the snippet, selected, when the clipboard refuses', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/fv/?scenario=fetch-square');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    loadFixture();
    renderInPlayer(<CopyEmbedCode />);
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(screen.getByRole('status')).toHaveTextContent('The clipboard refused');
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    expect(box).toHaveAttribute('readonly');
    expect(box.value).toMatch(/^<iframe src=".*embed=1" title="Futures Visualizer: /);
    await vi.waitFor(() => expect(box.selectionEnd - box.selectionStart).toBe(box.value.length));
  });
});
