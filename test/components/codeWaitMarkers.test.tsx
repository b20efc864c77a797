import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodePanel } from '../../src/components/code/CodePanel';
import { currentLines } from '../../src/store/selectors/currentLines';
import { threadsOf } from '../../src/store/selectors/threadsOf';
import { WAIT_CALLS, waitScene } from '../fixtures/waitScenes';

/** The code panel at `t` of a wait scene. */
function panelAt(call: (typeof WAIT_CALLS)[number], at: 'mid' | 'woken') {
  const { trace, begin, end } = waitScene(call);
  const t = at === 'mid' ? (begin.t + end.t) / 2 : end.t;
  render(
    <CodePanel
      source={trace.source}
      cells={null}
      lines={currentLines(trace, t)}
      threads={threadsOf(trace)}
    />,
  );
  return screen.getByRole('region', { name: 'Source code' });
}

/** The marker sentence a learner reads on the waiting line, per blocking call. */
const MARKED: [string, string][] = [
  ['result', 'MainThread (blocked in fut1.result())'],
  ['exception', 'MainThread (blocked in fut1.exception())'],
  ['wait', 'MainThread (blocked in wait())'],
  ['as_completed', 'MainThread (blocked in as_completed())'],
  ['join', 'MainThread (blocked in Thread-3.join())'],
  ['shutdown', 'MainThread (blocked in shutdown(wait=True))'],
  ['Event.wait', 'MainThread (blocked in ready.wait())'],
  ['Condition.wait', 'MainThread (blocked in cond.wait())'],
  ['Lock.acquire', 'MainThread (blocked in lock.acquire())'],
  ['Semaphore.acquire', 'MainThread (blocked in sem.acquire())'],
  ['Queue.get', 'MainThread (blocked in jobs.get())'],
  ['Queue.put', 'MainThread (blocked in jobs.put())'],
  ['select', 'MainThread (event loop idle)'],
];

describe('CodePanel marks the line a thread waits on, in words', () => {
  it('covers every blocking call but a worker waiting for work', () => {
    expect(MARKED.map(([c]) => c).sort()).toEqual(WAIT_CALLS.filter((c) => c !== 'work').sort());
  });
  it.each(MARKED)('%s: the calling line says the thread is blocked and in what', (call, words) => {
    const region = panelAt(call as (typeof WAIT_CALLS)[number], 'mid');
    const line = region.querySelector('[data-line="2"]')!;
    expect(line).toHaveAttribute('aria-current', 'step');
    expect(line).toHaveTextContent(words);
  });
  it('says "blocked" no more once the thread is woken', () => {
    const region = panelAt('as_completed', 'woken');
    expect(region).not.toHaveTextContent('blocked');
  });
  it('puts no marker for a pool worker waiting for work', () => {
    const region = panelAt('work', 'mid');
    expect(region).not.toHaveTextContent('ThreadPoolExecutor-0_1');
  });
});
