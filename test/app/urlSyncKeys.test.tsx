import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { KEY_STEP_SETTLE_MS } from '../../src/app/useUrlSync';
import { PREDICT_MODE_KEY } from '../../src/predict';
import type { PlayerStore } from '../../src/store/playerStore';
import { fixtureSource } from '../fixtures/fixtureSource';
import { renderVisualizer } from './renderVisualizer';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(PREDICT_MODE_KEY, 'off');
  history.replaceState(null, '', '/');
});

const linkedT = () => new URLSearchParams(location.search).get('t');
const settle = () => new Promise((resolve) => setTimeout(resolve, KEY_STEP_SETTLE_MS + 50));

/**
 * Presses → until a step moves the playhead and nothing else (a step onto a cluster also
 * zooms); returns the playhead it moved to.
 */
async function plainStep(user: ReturnType<typeof userEvent.setup>, player: PlayerStore) {
  for (let i = 0; i < 30; i++) {
    const { view, t } = player.getState();
    await user.keyboard('{ArrowRight}');
    // A step's cluster zoom comes in an effect after the key: let it land before comparing.
    await new Promise((resolve) => setTimeout(resolve, 60));
    // A step inside an instant keeps the playhead: only a step to a new time tells.
    if (player.getState().view === view && player.getState().t !== t) return player.getState().t;
  }
  throw new Error('no step without a zoom');
}

describe('the link follows step keys once they settle', () => {
  it('writes the playhead a moment after the last step key, not during the run of keys', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(fixtureSource, '?scenario=fetch-square');
    const t = await plainStep(user, player);
    expect(linkedT()).not.toBe(String(t / 1e6));
    await settle();
    expect(linkedT()).toBe(String(t / 1e6));
  });
  it('writes a waiting playhead at once before a click, so a copied link is the moment on screen', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(fixtureSource, '?scenario=fetch-square');
    const t = await plainStep(user, player);
    expect(linkedT()).not.toBe(String(t / 1e6));
    await user.click(document.body);
    expect(linkedT()).toBe(String(t / 1e6));
  });
  it('writes a zoom a key makes once the keys settle, as a step key', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(fixtureSource, '?scenario=fetch-square');
    await user.keyboard('+');
    expect(player.getState().view).not.toBeNull();
    expect(new URLSearchParams(location.search).get('from')).toBeNull();
    await settle();
    expect(new URLSearchParams(location.search).get('from')).toBe(
      String(player.getState().view!.from / 1e6),
    );
  });
  it('writes a waiting zoom at once before a click', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(fixtureSource, '?scenario=fetch-square');
    await user.keyboard('+');
    await user.click(document.body);
    expect(new URLSearchParams(location.search).get('to')).toBe(
      String(player.getState().view!.to / 1e6),
    );
  });
});
