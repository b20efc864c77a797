import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EmbedPage } from '../../../src/app/embed/EmbedPage';
import { embeddedPlayer } from '../../../src/app/embed/embedLink';
import { fixtureSource } from '../../fixtures/fixtureSource';

function openEmbed(query: string) {
  history.replaceState(null, '', `/fv/${query}`);
  const store = embeddedPlayer(fixtureSource, query);
  return { ...render(<EmbedPage source={fixtureSource} store={store} />), store };
}

describe('the embedded player (embed=1)', () => {
  it('shows one player: no header or footer, no picker, toolbar, Predict or future cards', () => {
    openEmbed('?scenario=fetch-square&predict=1&embed=1');
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Scenario' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'View' })).toBeNull();
    expect(screen.queryByRole('switch', { name: 'Predict mode' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share & export' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Futures' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    const main = screen.getByRole('main', { name: 'Futures Visualizer: Title of fetch-square' });
    expect(within(main).getByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
    expect(within(main).getByRole('heading', { name: 'Code' })).toBeInTheDocument();
    expect(within(main).getByRole('log', { name: 'Console' })).toBeInTheDocument();
  });

  it('has the reduced transport: Step back, Play, Step forward and the Time slider', () => {
    openEmbed('?scenario=fetch-square&embed=1');
    const playback = screen.getByRole('group', { name: 'Playback' });
    expect(
      within(playback)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual(['Step back', 'Play', 'Step forward']);
    expect(within(playback).getByRole('slider', { name: 'Time' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Jump to end' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Speed' })).toBeNull();
  });

  it('plays and steps from its own buttons, and keeps embed=1 in its link', async () => {
    const user = userEvent.setup();
    const { store } = openEmbed('?scenario=fetch-square&embed=1');
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(store.getState().steps).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(new URLSearchParams(location.search).get('embed')).toBe('1');
    expect(new URLSearchParams(location.search).get('scenario')).toBe('fetch-square');
  });

  it('links to the same view in the full app, in a new tab', () => {
    openEmbed('?scenario=fetch-square&t=2&note=Look&embed=1');
    const open = screen.getByRole('link', { name: /Open in Futures Visualizer/ });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener');
    const href = new URL(open.getAttribute('href')!, 'https://x.example/fv/');
    expect(href.pathname).toBe('/fv/');
    expect(href.searchParams.get('scenario')).toBe('fetch-square');
    expect(href.searchParams.get('t')).toBe('2');
    expect(href.searchParams.get('note')).toBe('Look');
    expect(href.searchParams.get('embed')).toBeNull();
  });

  it('shows the link’s note as text', () => {
    openEmbed(`?scenario=fetch-square&t=2&note=${encodeURIComponent('<i>now</i>')}&embed=1`);
    const callout = screen.getByRole('complementary', { name: 'Teacher’s note' });
    expect(callout).toHaveTextContent('<i>now</i>');
    expect(callout.querySelector('i')).toBeNull();
  });

  it('turns Predict mode off: no question stops an embedded player', () => {
    const { store } = openEmbed('?scenario=fetch-square&predict=1&embed=1');
    expect(store.getState().predict).toBe(false);
  });
});
