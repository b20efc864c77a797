import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useKeyboard } from '../../src/app/useKeyboard';
import { fromSeconds, type VirtualUs } from '../../src/core/trace';
import { domainOf } from '../../src/layout/zoomWindow';
import { createPlayerStore, type PlayerStore } from '../../src/store/playerStore';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';

let player: PlayerStore;
const width = () => {
  const v = player.getState().view;
  return v ? v.to - v.from : Math.floor(domainOf(player.getState().run!.trace.end));
};

function Page() {
  useKeyboard(player);
  return (
    <>
      <label>
        Numbers <input type="text" />
      </label>
      <label>
        Time <input type="range" />
      </label>
    </>
  );
}

beforeEach(() => {
  player = createPlayerStore();
  player.getState().load(fetchSquareRun(), null, fromSeconds(8) as VirtualUs);
});

describe('the zoom keys', () => {
  it('+ and = zoom in, - zooms out, 0 fits', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const whole = width();
    await user.keyboard('+');
    expect(width()).toBe(Math.round(whole / 2));
    await user.keyboard('=');
    expect(width()).toBe(Math.round(whole / 4));
    await user.keyboard('-');
    expect(width()).toBe(Math.round(whole / 2));
    await user.keyboard('0');
    expect(player.getState().view).toBeNull();
  });
  it('zooms around the playhead', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.keyboard('++++');
    const { from, to } = player.getState().view!;
    expect(from).toBeLessThan(fromSeconds(8));
    expect(to).toBeGreaterThan(fromSeconds(8));
  });
  it('leaves the keys to a text field being typed in, but not to the Time slider', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('textbox', { name: 'Numbers' }));
    await user.keyboard('+=-0');
    expect(player.getState().view).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Numbers' })).toHaveValue('+=-0');
    screen.getByRole('slider', { name: 'Time' }).focus();
    await user.keyboard('+');
    expect(player.getState().view).not.toBeNull();
  });
});
