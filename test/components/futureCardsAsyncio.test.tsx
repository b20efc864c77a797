/**
 * Future cards of asyncio futures (issue 17): the repr as asyncio writes it, and callbacks that
 * the completion *schedules* — not "fired" at once as a concurrent.futures callback is.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FutureCards } from '../../src/components/futures/FutureCards';
import { futuresAt } from '../../src/store/selectors/futuresAt';
import { asyncioTrace, TIMER_DUE } from '../fixtures/asyncioTrace';
import { waitScene } from '../fixtures/waitScenes';

const trace = asyncioTrace();
const cardAt = (t: number, name: string) => {
  render(<FutureCards futures={futuresAt(trace, t)} />);
  return screen.getByRole('article', { name });
};

describe('FutureCards for an asyncio future', () => {
  it('before completion: pending, its callback registered to be scheduled', () => {
    const card = cardAt(500_000, 'fut');
    expect(card).toHaveTextContent('<Future pending>');
    expect(card).toHaveTextContent('scheduled on the event loop, not run at once');
    expect(card).toHaveTextContent(
      'on_done_future ○ registered: scheduled when the future is done',
    );
  });
  it('at the completion: finished, its callback scheduled for a later turn, not run', () => {
    const card = cardAt(TIMER_DUE, 'fut');
    expect(card).toHaveTextContent('<Future finished result=4>');
    expect(card).toHaveTextContent('☰ scheduled: runs on a later turn of the event loop');
    expect(card).not.toHaveTextContent(/fired|ran on/);
  });
  it('a turn later: ran on the loop’s thread', () => {
    const card = cardAt(trace.end, 'fut');
    expect(card).toHaveTextContent(
      "on_done_future ✓ ran on MainThread's event loop, a turn after the completion",
    );
  });
  it('says nothing of the loop on a concurrent.futures future', () => {
    render(<FutureCards futures={futuresAt(waitScene('result').trace, 0)} />);
    expect(screen.getByRole('article', { name: 'fut1' })).not.toHaveTextContent(/event loop/);
  });
});
