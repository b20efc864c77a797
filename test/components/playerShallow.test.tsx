import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/scenarios';
import { PlayerProvider, usePlayerShallow } from '../../src/store/PlayerProvider';
import { createPlayerStore, type Player } from '../../src/store/playerStore';
import type { VirtualUs } from '../../src/core/trace';

// usePlayerShallow: a view whose selector builds an object renders again when a value in it
// changes, and not when the store changes elsewhere (a playing timeline changes it every frame).
const selectSpeedAndPlaying = (s: Player) => ({ speed: s.speed, playing: s.playing });

describe('usePlayerShallow', () => {
  it('renders again only when a value it selects changes', () => {
    const store = createPlayerStore();
    store.getState().load(runScenario('fetch-square'));
    const seen: { speed: number; playing: boolean }[] = [];
    function Probe() {
      seen.push(usePlayerShallow(selectSpeedAndPlaying));
      return null;
    }
    render(
      <PlayerProvider store={store}>
        <Probe />
      </PlayerProvider>,
    );
    expect(seen).toHaveLength(1);
    act(() => store.getState().seek(2_000_000 as VirtualUs));
    act(() => store.getState().seek(3_000_000 as VirtualUs));
    expect(seen).toHaveLength(1);
    act(() => store.getState().setSpeed(4));
    expect(seen.map((s) => s.speed)).toEqual([1, 4]);
    act(() => store.getState().seek(4_000_000 as VirtualUs));
    expect(seen).toHaveLength(2);
  });
});
