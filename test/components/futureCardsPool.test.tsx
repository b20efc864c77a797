import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FutureCards } from '../../src/components/futures/FutureCards';
import { futuresAt } from '../../src/store/selectors/futuresAt';
import { poolScene, waitScene } from '../fixtures/waitScenes';

const cardsAt = (trace: ReturnType<typeof poolScene>, t: number) => {
  render(<FutureCards futures={futuresAt(trace, t)} />);
  return (name: string) => screen.getByRole('article', { name });
};

describe('FutureCards for an executor’s futures', () => {
  const trace = poolScene();
  it('shows a submitted future queued in its pool until a worker is free', () => {
    const card = cardsAt(trace, 250);
    expect(card('fut2')).toHaveTextContent('○ pending');
    expect(card('fut2')).toHaveTextContent('queued in ThreadPoolExecutor-0 until a worker is free');
  });
  it('shows running in shape and words, naming the worker that runs it', () => {
    const card = cardsAt(trace, 1000);
    const badge = within(card('fut2')).getByText('running');
    expect(badge).toHaveTextContent('▇ running');
    expect(card('fut2')).toHaveTextContent('running on ThreadPoolExecutor-0_0');
    expect(card('fut2')).not.toHaveTextContent('queued');
    expect(card('fut1')).toHaveTextContent('● finished returned int');
    expect(card('fut1')).toHaveTextContent('ran on ThreadPoolExecutor-0_0');
  });
  it('says nothing of a pool on a future made by hand', () => {
    const card = cardsAt(waitScene('result').trace, 0);
    expect(card('fut1')).not.toHaveTextContent(/queued|running|ran on/);
  });
  it('names the call a thread waits in for it: as_completed() on every awaited card', () => {
    const { trace, begin } = waitScene('as_completed');
    const card = cardsAt(trace, begin.t);
    for (const name of ['fut1', 'fut8'])
      expect(card(name)).toHaveTextContent('MainThread is blocked in as_completed()');
  });
});
