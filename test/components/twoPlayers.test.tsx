import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Controls } from '../../src/components/player/Controls';
import { Narration } from '../../src/components/player/Narration';
import { Panels } from '../../src/components/player/Panels';
import { narrate, runScenario } from '../../src/scenarios';
import { PlayerProvider } from '../../src/store/PlayerProvider';
import { createPlayerStore, type PlayerStore } from '../../src/store/playerStore';

function Player({ name, store }: { name: string; store: PlayerStore }) {
  const run = store.getState().run!;
  return (
    <section aria-label={name}>
      <PlayerProvider store={store}>
        <Panels run={run} />
        <Narration narrate={narrate} />
        <Controls />
      </PlayerProvider>
    </section>
  );
}

const printed = (player: HTMLElement) =>
  within(within(player).getByRole('log', { name: 'Console' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.console-text')!.textContent);

describe('two players on one page', () => {
  it('each shows its own scenario at its own playhead, and moves alone', async () => {
    const user = userEvent.setup();
    const a = createPlayerStore();
    a.getState().load(runScenario('fetch-square'));
    const b = createPlayerStore();
    b.getState().load(runScenario('network-request'));
    b.getState().jumpToEnd();
    render(
      <>
        <Player name="Player A" store={a} />
        <Player name="Player B" store={b} />
      </>,
    );
    const playerA = screen.getByRole('region', { name: 'Player A' });
    const playerB = screen.getByRole('region', { name: 'Player B' });

    // A is at the start, B at its end: different sources, consoles and readouts.
    expect(within(playerA).getByRole('region', { name: 'Source code' })).toHaveTextContent(
      'fetch_square(2)',
    );
    expect(within(playerB).getByRole('region', { name: 'Source code' })).not.toHaveTextContent(
      'fetch_square(2)',
    );
    expect(printed(playerA)).toEqual([]);
    expect(printed(playerB).length).toBeGreaterThan(0);
    const readout = (p: HTMLElement) => within(p).getByRole('status', { name: 'Playhead time' });
    expect(readout(playerA)).toHaveTextContent('0.0 s');
    const endB = b.getState().t;
    expect(endB).toBe(b.getState().run!.trace.end);

    // Stepping A moves A only.
    await user.click(within(playerA).getByRole('button', { name: 'Step forward' }));
    expect(a.getState().t).toBeGreaterThan(0);
    expect(b.getState().t).toBe(endB);

    // Moving B's store redraws B only: A keeps its console and its playhead.
    const tA = a.getState().t;
    act(() => b.getState().reset());
    expect(printed(playerB)).toEqual([]);
    act(() => a.getState().jumpToEnd());
    expect(printed(playerA)).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);
    expect(printed(playerB)).toEqual([]);
    expect(tA).toBeLessThan(a.getState().t);
    expect(b.getState().t).toBe(0);
    expect(within(playerB).getByRole('button', { name: 'Step back' })).toBeDisabled();
    expect(within(playerA).getByRole('button', { name: 'Step back' })).toBeEnabled();
  });
});
