import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VirtualUs } from '../../src/core/trace';
import { CARD_LIMIT, FutureCards } from '../../src/components/futures/FutureCards';
import { futuresAt, type FutureView } from '../../src/store/selectors/futuresAt';
import { poolScene } from '../fixtures/waitScenes';

/** `n` futures like the pool scene's first, fut1 … futN; by default future k last changed at k µs. */
function many(n: number, changedAt = (i: number) => (i === 10 ? 10_000 : i)): FutureView[] {
  const trace = poolScene();
  const [one] = futuresAt(trace, trace.end);
  return Array.from({ length: n }, (_, i) => ({
    ...one!,
    id: i + 1,
    name: `fut${i + 1}`,
    // The middle ones changed last: the order of change is not the order of creation.
    transitions: [{ ...one!.transitions[0]!, t: changedAt(i) as VirtualUs }],
  }));
}

const cardNames = () => screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'));

describe('FutureCards for more futures than fit', () => {
  it('shows the futures that changed last, in their order, and all of them on request', async () => {
    render(<FutureCards futures={many(120)} />);
    const names = cardNames();
    expect(names).toHaveLength(CARD_LIMIT);
    expect(names[0]).toBe('fut11');
    expect(names.at(-1)).toBe('fut120');
    expect(screen.getByText(/changed last, of 120/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all 120' }));
    expect(cardNames()).toHaveLength(120);
  });
  it('breaks a tie in the time of change by showing the newest futures', () => {
    // A pool submits its jobs in one instant: most futures last changed at the same time.
    render(<FutureCards futures={many(120, (i) => (i === 2 ? 9 : 5))} />);
    const expected = ['fut3', ...Array.from({ length: CARD_LIMIT - 1 }, (_, i) => `fut${72 + i}`)];
    expect(cardNames()).toEqual(expected);
  });
  it('shows every card, and no such note, for as many futures as the limit', () => {
    render(<FutureCards futures={many(CARD_LIMIT)} />);
    expect(cardNames()).toHaveLength(CARD_LIMIT);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
