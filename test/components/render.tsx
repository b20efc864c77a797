import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { VirtualUs } from '../../src/core/trace';
import { PlayerProvider } from '../../src/store/PlayerProvider';
import { createPlayerStore, type PlayerStore } from '../../src/store/playerStore';
import { useSnapshot, type Snapshot } from '../../src/store/snapshot';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';

let current: PlayerStore = createPlayerStore();

/** The player of the current test (made by `loadFixture`). */
export const player = (): PlayerStore => current;

/** A new player on the fetch_square run, at `t` (µs); later renders use it. */
export function loadFixture(t = 0): PlayerStore {
  current = createPlayerStore();
  current.getState().load(fetchSquareRun(), null, t as VirtualUs);
  return current;
}

/** Renders a view inside the current test's player. */
export function renderInPlayer(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  const store = current;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PlayerProvider store={store}>{children}</PlayerProvider>
  );
  return render(ui, { ...options, wrapper });
}

/** Renders a view that takes the live snapshot of the current test's player. */
export function renderWithSnapshot(view: (s: Snapshot) => ReactElement) {
  function Host() {
    return view(useSnapshot());
  }
  return renderInPlayer(<Host />);
}
