import { act, fireEvent, screen, within } from '@testing-library/react';
import { issueProgramTrace } from '../fixtures/issueProgram';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromSeconds, type TraceEvent } from '../../src/core/trace';
import { Timeline } from '../../src/components/timeline/Timeline';
import { stepsOf } from '../../src/store/selectors/steps';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { loadFixture, player, renderWithSnapshot } from './render';

beforeEach(() => loadFixture());

const { trace } = fetchSquareRun();

const lane = (name: string) =>
  screen
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.tl-name')?.textContent?.endsWith(name))!;

describe('Timeline', () => {
  it('has a lane per thread and per future, named before the future exists', () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
    const names = within(screen.getByRole('list', { name: 'Lanes' }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.tl-name')!.textContent);
    expect(names).toEqual([
      'MainThread',
      'Thread-1',
      'Thread-2',
      'Thread-3',
      'fut1',
      'fut2',
      'fut3',
    ]);
    expect(lane('fut1')).toHaveTextContent('not created yet');
    const created = trace.events.find((e) => e.type === 'future.create' && e.name === 'fut1')!;
    act(() => player().getState().seek(created.t));
    expect(lane('fut1')).toHaveTextContent('pending');
    expect(lane('fut3')).toBeTruthy();
  });
  it('counts down a timer thread’s sleep (rounded up) and shows the main thread finished', () => {
    // 3.01 s before Thread-1's Timer is due (the main thread has long finished), a countdown shows 3.1.
    const start = trace.events.find(
      (e): e is Extract<TraceEvent, { type: 'timer.start' }> =>
        e.type === 'timer.start' && e.timer === 1,
    )!;
    loadFixture(start.due - fromSeconds(3.01));
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(lane('Thread-1')).toHaveTextContent('sleeping, 3.1 s left');
    expect(lane('Thread-1')).toHaveTextContent('sleeping 5.0 s · 3.1 s left');
    expect(lane('MainThread')).toHaveTextContent('finished');
  });
  it('at the end: each future finished with its result, callbacks on their timer threads, prints', () => {
    loadFixture();
    act(() => player().getState().jumpToEnd());
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(lane('fut1')).toHaveTextContent('finished returned dict');
    expect(lane('fut1')).toHaveTextContent("{'success': True, 'result': 4}");
    expect(lane('fut3')).toHaveTextContent("{'success': True, 'result': 16}");
    expect(lane('Thread-2')).toHaveTextContent('on_done_future(fut2)');
    expect(lane('Thread-2')).toHaveTextContent('on_done_future(fut2) → prints Result is: 9');
  });
  it('draws the current step’s cause as an arrow named by its sentence, and only at that step', () => {
    const invoke = trace.events.find((e) => e.type === 'callback.invoke' && e.future === 2)!;
    loadFixture(invoke.t);
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const causes = screen.getByRole('group', { name: 'What caused this' });
    expect(within(causes).getByRole('img')).toHaveAccessibleName(
      'set_result on Thread-2 runs on_done_future(fut2) on Thread-2',
    );
    act(() => player().getState().jumpToEnd());
    expect(screen.queryByRole('group', { name: 'What caused this' })).toBeNull();
  });
  it('shows what made a callback run while the pointer is on it, after its step', () => {
    act(() => player().getState().jumpToEnd());
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const callout = within(lane('Thread-3')).getByText('on_done_future(fut3)');
    fireEvent.pointerOver(callout);
    expect(screen.getByRole('img', { name: /runs on_done_future\(fut3\)/ })).toHaveAccessibleName(
      'set_result on Thread-3 runs on_done_future(fut3) on Thread-3',
    );
    fireEvent.pointerLeave(callout.closest('.tl-track')!);
    expect(screen.queryByRole('img', { name: /runs on_done_future/ })).toBeNull();
  });
  it('shows what a future’s completion caused while the pointer is on its mark', () => {
    act(() => player().getState().jumpToEnd());
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const result = within(lane('fut2')).getByText("{'success': True, 'result': 9}");
    fireEvent.pointerOver(result);
    expect(screen.getByRole('img', { name: /runs on_done_future/ })).toHaveAccessibleName(
      'set_result on Thread-2 runs on_done_future(fut2) on Thread-2',
    );
    fireEvent.pointerOver(lane('fut2').querySelector('.tl-label')!);
    expect(screen.queryByRole('img', { name: /runs on_done_future/ })).toBeNull();
  });
  it('moves the playhead when the axis is dragged (touch or mouse)', () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const axis = screen.getByTestId('timeline-axis');
    axis.getBoundingClientRect = () =>
      ({ left: 100, width: 1000, top: 0, height: 20, right: 1100, bottom: 20 }) as DOMRect;
    fireEvent.pointerDown(axis, { clientX: 600, pointerId: 1 });
    const end = player().getState().run!.trace.end;
    // Half the axis is half the domain, which runs 10 % past the end.
    expect(player().getState().t).toBe(Math.round(end * 1.1 * 0.5));
  });
  it('follows a finger dragged along the axis, and stops following when it lifts', () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const axis = screen.getByTestId('timeline-axis');
    axis.getBoundingClientRect = () =>
      ({ left: 100, width: 1000, top: 0, height: 20, right: 1100, bottom: 20 }) as DOMRect;
    // jsdom has no pointer capture: model it as the browser does for the pressed pointer.
    let captured: number | null = null;
    axis.setPointerCapture = (id: number) => void (captured = id);
    axis.hasPointerCapture = (id: number) => captured === id;
    const end = player().getState().run!.trace.end;
    const domain = end * 1.1;
    fireEvent.pointerDown(axis, { clientX: 200, pointerId: 7, pointerType: 'touch' });
    expect(player().getState().t).toBe(Math.round(domain * 0.1));
    fireEvent.pointerMove(axis, { clientX: 500, pointerId: 7, pointerType: 'touch' });
    expect(player().getState().t).toBe(Math.round(domain * 0.4));
    fireEvent.pointerMove(axis, { clientX: 800, pointerId: 7, pointerType: 'touch' });
    expect(player().getState().t).toBe(Math.round(domain * 0.7));
    captured = null; // the finger lifts: the browser releases the capture
    fireEvent.pointerMove(axis, { clientX: 1000, pointerId: 7, pointerType: 'touch' });
    expect(player().getState().t).toBe(Math.round(domain * 0.7));
  });
});

describe('Timeline on an executor', () => {
  /** The issue's program: 8 jobs on 4 workers, sleeping 1 + i % 3 s, read with as_completed(). */
  const issue = issueProgramTrace();
  /** The names of the arrows drawn now (none: no group at all). */
  const causes = () => {
    const group = screen.queryByRole('group', { name: 'What caused this' });
    return group
      ? within(group)
          .getAllByRole('img')
          .map((img) => img.getAttribute('aria-label'))
      : [];
  };

  const blockedIn = (name: string) =>
    within(lane(name)).getAllByRole('img', { name: /^(blocked in|waiting for)/ });

  beforeEach(() => {
    act(() =>
      player()
        .getState()
        .load({ ...fetchSquareRun(), trace: issue }),
    );
  });

  it('steps through the wakes of one instant, adding each one’s arrow as its step comes', () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const last = stepsOf(issue).filter((step) => step.t === issue.end);
    const counts = last.map((step) => {
      act(() => player().getState().seek(step.t, step.cut));
      return causes().length;
    });
    // Each worker's end (and a worker going back to wait for work) is a step of its own, which
    // adds no arrow: the arrows come one per wake, each at its own step.
    expect(counts).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
    expect(causes()).toEqual([
      'set_result on ThreadPoolExecutor-0_2 wakes MainThread from as_completed()',
      "MainThread's shutdown() wakes ThreadPoolExecutor-0_0 waiting for work",
      'ThreadPoolExecutor-0_0 passing shutdown() on wakes ThreadPoolExecutor-0_1 waiting for work',
      'ThreadPoolExecutor-0_1 passing shutdown() on wakes ThreadPoolExecutor-0_3 waiting for work',
      'ThreadPoolExecutor-0_3 passing shutdown() on wakes ThreadPoolExecutor-0_2 waiting for work',
      "ThreadPoolExecutor-0_2's end wakes MainThread from shutdown(wait=True)",
    ]);
  });
  it('gives each lane with waits one tab stop, however many waits it has', () => {
    act(() => player().getState().jumpToEnd());
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const threads = ['MainThread', 0, 1, 2, 3].map((w) =>
      typeof w === 'string' ? w : `ThreadPoolExecutor-0_${w}`,
    );
    const waits = threads.map((name) => within(lane(name)).queryAllByRole('img'));
    expect(waits[0]!.length).toBeGreaterThan(1);
    for (const own of waits.filter((w) => w.length > 0))
      expect(own.filter((el) => el.tabIndex === 0)).toHaveLength(1);
    const stops = waits.flat().filter((el) => el.tabIndex === 0);
    expect(stops.length).toBeLessThan(waits.flat().length);
  });
  it('names a blocked segment by its waker and draws its wake on focus, though it is not this step', async () => {
    const user = userEvent.setup();
    act(() => player().getState().jumpToEnd());
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const first = blockedIn('MainThread')[0]!;
    expect(first).toHaveAccessibleName(
      'blocked in as_completed(), woken by set_result on ThreadPoolExecutor-0_0 at 1.0 s',
    );
    const wake = {
      name: 'set_result on ThreadPoolExecutor-0_0 wakes MainThread from as_completed()',
    };
    expect(screen.queryByRole('img', wake)).toBeNull();
    act(() =>
      blockedIn('MainThread')
        .find((el) => el.tabIndex === 0)!
        .focus(),
    );
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(blockedIn('MainThread')[0]);
    expect(screen.getByRole('img', wake)).toBeInTheDocument();
    await user.tab();
    expect(screen.queryByRole('img', wake)).toBeNull();
  });
});
