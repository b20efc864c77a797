/**
 * The code panel's current line follows the narration: one line is `aria-current="step"`, the
 * line of the thread the narration tells, while other threads' markers stay beside their lines.
 */
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodePanel } from '../../src/components/code/CodePanel';
import { Narration } from '../../src/components/player/Narration';
import { narrate } from '../../src/scenarios/narrate';
import { runScenario } from '../../src/scenarios/run';
import { stepsOf } from '../../src/store/selectors/steps';
import { loadFixture, player, renderWithSnapshot } from './render';

const currentRows = () => document.querySelectorAll('[aria-current="step"]');

function show(id: 'pool-as-completed' | 'future-by-hand') {
  const run = runScenario(id);
  loadFixture();
  act(() => player().getState().load(run));
  renderWithSnapshot((s) => (
    <>
      <CodePanel
        source={run.trace.source}
        cells={run.cells}
        lines={s.lines}
        threads={s.threads}
        current={s.current}
      />
      <Narration narrate={narrate} />
    </>
  ));
  return run;
}

beforeEach(() => {
  loadFixture();
});

describe('the code panel’s current line', () => {
  it('is the line of the worker the narration tells, not the main thread’s', () => {
    const run = show('pool-as-completed');
    const trace = run.trace;
    // The step in which fut2's worker returns (`return n`) and finishes fut2; MainThread waits.
    const finish = trace.events.find(
      (e) => e.type === 'future.state' && e.to === 'FINISHED' && e.future === 2,
    )!;
    const step = stepsOf(trace).find((s) => s.first <= finish.seq && finish.seq <= s.last)!;
    act(() => player().getState().seek(step.t, step.cut));
    expect(screen.getByRole('status', { name: 'Narration' })).toHaveTextContent(
      /^fut2 finishes on ThreadPoolExecutor-0_1/,
    );
    const current = currentRows();
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('return n');
    expect(current[0]).toHaveTextContent('ThreadPoolExecutor-0_1');
    // MainThread is still marked, blocked, on its own line, which is not the current one.
    const main = document.querySelector('[data-line="12"]')!;
    expect(main).toHaveTextContent('MainThread (blocked in as_completed())');
    expect(main).not.toHaveAttribute('aria-current');
  });

  it('moves to a notebook cell’s first line as the narration says the cell starts', () => {
    const run = show('future-by-hand');
    const trace = run.trace;
    const start = trace.events.find((e) => e.type === 'cell.start' && e.cell === 3)!;
    const step = stepsOf(trace).find((s) => s.first <= start.seq && start.seq <= s.last)!;
    act(() => player().getState().seek(step.t, step.cut));
    expect(screen.getByRole('status', { name: 'Narration' })).toHaveTextContent(
      'Cell In [3] starts running.',
    );
    const first = run.cells!.find((c) => c.n === 3)!.first;
    expect(currentRows()).toHaveLength(1);
    expect(currentRows()[0]).toHaveAttribute('data-line', String(first));
    expect(currentRows()[0]).toHaveTextContent('print(fut)');
  });

  it('reaches the last line of future_by_hand, fut.result(), as IPython shows Out[6]', () => {
    const run = show('future-by-hand');
    const trace = run.trace;
    const display = trace.events.find((e) => e.type === 'display')!;
    const step = stepsOf(trace).find((s) => s.first <= display.seq && display.seq <= s.last)!;
    act(() => player().getState().seek(step.t, step.cut));
    expect(currentRows()[0]).toHaveTextContent('fut.result()');
    expect(screen.getByRole('status', { name: 'Narration' })).toHaveTextContent(/Out\[6\]/);
  });
});
