import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';

describe('App shell with embed=1', () => {
  // Compiled by vitest on first import; a browser has the chunks built already.
  beforeAll(
    () =>
      Promise.all([
        import('../../../src/app/embed'),
        import('../../../src/app/realScenarioSource'),
      ]),
    30_000,
  );
  it('loads the embedded page: no header or footer, even while loading', async () => {
    history.replaceState(null, '', '/?scenario=fetch-square&embed=1');
    render(<App />);
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(
      await screen.findByRole(
        'main',
        { name: 'Futures Visualizer: fetch_square: a callback for each request' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Scenario' })).toBeNull();
    expect(new URLSearchParams(location.search).get('embed')).toBe('1');
  }, 30_000);
});
