import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/timeline/Timeline';
import type { TraceEvent } from '../../src/core/trace';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { loadFixture, renderWithSnapshot } from './render';

beforeEach(() => loadFixture());

const { trace } = fetchSquareRun();
const lane = (name: string) =>
  screen
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.tl-name')?.textContent?.endsWith(name))!;
const started = (timer: number) =>
  trace.events.find(
    (e): e is Extract<TraceEvent, { type: 'timer.start' }> =>
      e.type === 'timer.start' && e.timer === timer,
  )!;

describe('a Timer due now reads "due", not a rounded-up "0.1 s left"', () => {
  it('when fut1’s Timer fires, the Timers started a moment later are due too', () => {
    // The seed's three 5 s Timers start microseconds apart: when the first fires, the others
    // are due within 50 ms (spec P-3), which a countdown rounded up showed as "0.1 s left".
    const first = started(1).due;
    expect(started(2).due - first).toBeLessThan(50_000);
    loadFixture(first);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(lane('Thread-2')).toHaveTextContent('sleeping, due');
    expect(lane('Thread-2')).toHaveTextContent('sleeping 5.0 s · due');
    expect(lane('Thread-2')).not.toHaveTextContent('s left');
  });
  it('60 ms before it is due, a Timer still counts down', () => {
    loadFixture(started(1).due - 60_000);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(lane('Thread-1')).toHaveTextContent('sleeping, 0.1 s left');
  });
});
