/**
 * The timeline of an asyncio run (issue 17), on the hand-built trace of
 * test/fixtures/asyncioTrace.ts, by role and accessible name: the loop's thread lane with its
 * turns and "event loop idle", each Task a lane of its own under it ("awaiting fut"), and the
 * arrows that tell a scheduled callback from the threads' immediate one.
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/timeline/Timeline';
import { us, type VirtualUs } from '../../src/core/trace';
import type { ScenarioRun } from '../../src/scenarios/types';
import { asyncioTrace, TIMER_DUE } from '../fixtures/asyncioTrace';
import { loadFixture, player, renderWithSnapshot } from './render';

const asyncioRun = (): ScenarioRun => {
  const trace = asyncioTrace();
  return {
    id: 'fetch-square',
    title: 'fetch_square with asyncio',
    summary: 'A hand-built asyncio run.',
    trace,
    cells: null,
    python: trace.source,
  };
};

/** Loads the asyncio run into the current test's player at `t`. */
function loadAsyncio(t: number) {
  const store = loadFixture();
  store.getState().load(asyncioRun(), null, us(t) as VirtualUs);
  return store;
}

const lanes = () => within(screen.getByRole('list', { name: 'Lanes' })).getAllByRole('listitem');
const lane = (name: string) =>
  lanes().find((li) => li.querySelector('.tl-name-text')?.textContent === name)!;

// The first render of a file loads the whole timeline: on a machine shared by many, give it time.
describe('Timeline of an asyncio run', { timeout: 30_000 }, () => {
  it('gives each task a lane under the loop’s thread, named as a task, not a thread', () => {
    loadAsyncio(500_000);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const names = lanes().map((li) => li.querySelector('.tl-name-text')!.textContent);
    expect(names.slice(0, 4)).toEqual([
      'MainThread',
      'Task-1 · main()',
      'Task-2 · fetch_square(2)',
      'ThreadPoolExecutor-0_0',
    ]);
    expect(lane('Task-2 · fetch_square(2)')).toHaveTextContent(
      "Task-2 · fetch_square(2), a task on MainThread's event loop",
    );
    expect(lane('MainThread')).toHaveTextContent('runs the asyncio event loop');
  });

  it('while the task is suspended: “awaiting fut”, and the loop idle, not running', () => {
    loadAsyncio(500_000);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const task = lane('Task-2 · fetch_square(2)');
    expect(task.querySelector('.tl-activity')).toHaveTextContent('awaiting fut');
    expect(lane('Task-1 · main()').querySelector('.tl-activity')).toHaveTextContent(
      'awaiting task',
    );
    const main = lane('MainThread');
    expect(main.querySelector('.tl-activity')).toHaveTextContent('event loop idle');
    expect(main).not.toHaveTextContent(/blocked/);
  });

  it('while a task steps, it says it runs on the loop’s thread, and the thread says which step', () => {
    loadAsyncio(75);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(lane('Task-2 · fetch_square(2)').querySelector('.tl-activity')).toHaveTextContent(
      'running on MainThread',
    );
    expect(lane('MainThread').querySelector('.tl-activity')).toHaveTextContent(
      'turn 2: running fetch_square(2) step',
    );
  });

  it('marks each turn of the loop so far, by its number', () => {
    loadAsyncio(150);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const turns = within(lane('MainThread')).getAllByRole('img', { name: /of the event loop/ });
    expect(turns.map((x) => x.getAttribute('aria-label'))).toEqual([
      'turn 1 of the event loop: runs 1 ready callback',
      'turn 2 of the event loop: runs 1 ready callback',
      'turn 3 of the event loop: runs 1 ready callback',
      'turn 4 of the event loop: runs 1 ready callback',
    ]);
    act(() => player().getState().jumpToEnd());
    expect(
      within(lane('MainThread')).getByRole('img', { name: /^turn 6 of the event loop: runs 2/ }),
    ).toBeInTheDocument();
  });

  it('set_result schedules the callback at the completion; it runs a turn later, by a dashed arrow', () => {
    loadAsyncio(TIMER_DUE);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const causes = screen.getByRole('group', { name: 'What caused this' });
    expect(
      within(causes).getByRole('img', {
        name: 'set_result on MainThread schedules on_done_future(fut) on the event loop: it runs on a later turn, not at once',
      }),
    ).toBeInTheDocument();
    expect(within(causes).queryByRole('img', { name: /runs on_done_future\(fut\) on/ })).toBeNull();
    expect(within(causes).getAllByText('☰ queued').length).toBeGreaterThan(0);

    act(() =>
      player()
        .getState()
        .seek(us(TIMER_DUE + 15)),
    );
    const later = screen.getByRole('group', { name: 'What caused this' });
    const arrow = within(later).getByRole('img', {
      name: 'on_done_future(fut), scheduled at 1.0 s, runs on MainThread in turn 6 of the event loop',
    });
    expect(arrow).toHaveClass('arrow-scheduled');
    // Its start lies under the callback's callout, "on_done_future(fut)", written to the
    // callback's left for want of room on its right, and the turn's step is at its end: no room
    // for "☰ scheduled" or the ☰ alone. A tag never covers a lane's words or marks, so the dashed
    // arrow goes untagged here (arrowTags.test.ts and the export test draw one with room).
    expect(within(arrow).queryByText(/☰/)).toBeNull();
    const loopLane = screen.getByRole('list', { name: 'Lanes' }).querySelector('li')!;
    expect(loopLane).toHaveTextContent('on_done_future(fut)');
  });

  it('keys the loop’s looks in words', () => {
    loadAsyncio(0);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const key = screen.getByRole('list', { name: 'Key to the event loop' });
    expect(key).toHaveTextContent('event loop idle');
    expect(key).toHaveTextContent('task awaiting');
    expect(key).toHaveTextContent("scheduled: from the loop's queue to where the loop runs it");
  });
});

describe('Timeline of a threads-only run', () => {
  it('has no key to the event loop', () => {
    loadFixture();
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(screen.queryByRole('list', { name: 'Key to the event loop' })).toBeNull();
  });
});
