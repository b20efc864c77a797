import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { INITIAL_PLAYER, usePlayer } from '../../src/store/player';
import { useSnapshot, type Snapshot } from '../../src/store/snapshot';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';

/** Resets the store to the fetch_square fixture at `t` (µs). */
export function loadFixture(t = 0) {
  usePlayer.setState(INITIAL_PLAYER);
  usePlayer.getState().load(fetchSquareRun(), null, t);
}

/** Renders a view that takes the live snapshot. */
export function renderWithSnapshot(view: (s: Snapshot) => ReactElement) {
  function Host() {
    return view(useSnapshot());
  }
  return render(<Host />);
}
