import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App';

describe('App shell', () => {
  // The player's chunks are compiled by vitest on first import; do it before the clock starts,
  // as a browser has them built already.
  beforeAll(
    () => Promise.all([import('../../src/app/player'), import('../../src/app/realScenarioSource')]),
    30_000,
  );
  it('has a title, a main landmark and a footer naming the source material, then the real scenario', async () => {
    history.replaceState(null, '', '/?scenario=fetch-square');
    render(<App />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Futures Visualizer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Python High Performance');
    expect(
      within(footer).getByRole('link', { name: 'Future objects in Python’s documentation' }),
    ).toHaveAttribute(
      'href',
      'https://docs.python.org/3/library/concurrent.futures.html#future-objects',
    );
    // The simulator chunk loads, and the real fetch_square scenario comes up paused at 0.
    expect(
      await screen.findByRole('combobox', { name: 'Scenario' }, { timeout: 5000 }),
    ).toHaveValue('fetch-square');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
  });
});
