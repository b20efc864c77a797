import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fromSeconds, type VirtualUs } from '../../src/core/trace';
import { CauseArrows } from '../../src/components/timeline/CauseArrows';
import { ThreadRow } from '../../src/components/timeline/ThreadRow';
import { waitKey, type CauseArrow, type WaitEnding } from '../../src/layout/causeArrows';
import { axisOf } from '../../src/layout/axis';
import type { Segment, ThreadLane } from '../../src/store/selectors/threadSegments';

const s = (n: number) => fromSeconds(n);
const W0 = 'ThreadPoolExecutor-0_0';
const axis = axisOf({ from: 0, to: s(10) }, 1000);
const rowOf = new Map([
  ['MainThread', 0],
  [W0, 1],
]);

const wake: CauseArrow = {
  key: 'wake-9',
  kind: 'wake',
  from: { seq: 8, thread: W0, t: s(2) },
  to: { seq: 9, thread: 'MainThread', t: s(2) },
  sentence: `set_result on ${W0} wakes MainThread from as_completed()`,
  woke: { seq: 9, thread: 'MainThread', t: s(2) },
  completes: 1,
};
const hook: CauseArrow = {
  key: 'callback-10',
  kind: 'callback',
  from: { seq: 8, thread: W0, t: s(2) },
  to: { seq: 10, thread: W0, t: s(2) },
  sentence: `set_result on ${W0} runs on_done(fut1) on ${W0}`,
  woke: null,
  completes: 1,
};
const futureRowOf = new Map([[1, 2]]);

describe('CauseArrows', () => {
  it('draws each arrow as an image named by its sentence, with a dot at the cause and a head at the effect', () => {
    const { container } = render(
      <CauseArrows
        arrows={[wake, hook]}
        rowOf={rowOf}
        futureRowOf={futureRowOf}
        rows={2}
        rowPx={100}
        axis={axis}
      />,
    );
    const group = screen.getByRole('group', { name: 'What caused this' });
    expect(
      within(group)
        .getAllByRole('img')
        .map((img) => img.getAttribute('aria-label')),
    ).toEqual([wake.sentence, hook.sentence]);
    // Shape as well as line: not colour alone.
    expect(container.querySelectorAll('.tl-arrow-cause')).toHaveLength(2);
    expect(container.querySelectorAll('.tl-arrow-head')).toHaveLength(2);
  });
  it('starts a wake at its waker’s lane, and a completion’s callback at the future’s lane', () => {
    // Rows of 100 px; fut1's lane is the third row.
    const { container } = render(
      <CauseArrows
        arrows={[wake, hook]}
        rowOf={rowOf}
        futureRowOf={futureRowOf}
        rows={3}
        rowPx={100}
        axis={axis}
      />,
    );
    const dots = [...container.querySelectorAll('.tl-arrow-cause')].map((c) =>
      c.getAttribute('cy'),
    );
    expect(dots).toEqual(['150', '250']);
  });
  it('is silent when nothing was caused at this step', () => {
    render(
      <CauseArrows
        arrows={[]}
        rowOf={rowOf}
        futureRowOf={futureRowOf}
        rows={2}
        rowPx={100}
        axis={axis}
      />,
    );
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

/** A worker that waited for work three times: woken by submit(), timed out, still waiting. */
const blocked = (start: number, end: number) =>
  ({
    kind: 'blocked',
    start: s(start),
    end: s(end),
    label: 'waiting for work',
    until: null,
  }) as Segment;
const running = (start: number, end: number) =>
  ({ kind: 'running', start: s(start), end: s(end), label: 'running', until: null }) as Segment;
const lane: ThreadLane = {
  thread: W0,
  segments: [
    running(0, 1),
    blocked(1, 2),
    running(2, 3),
    blocked(3, 4),
    running(4, 5),
    blocked(5, 9),
  ],
  callbacks: [],
  outputs: [],
  finishedAt: null,
};
const endings = new Map<string, WaitEnding>([
  [waitKey(W0, s(2)), { reason: 'woken', by: "MainThread's submit()", t: s(2) }],
  [waitKey(W0, s(4)), { reason: 'timeout', by: null, t: s(4) }],
]);

function renderLane(t: number) {
  const setProbe = vi.fn();
  const info = { name: W0, kind: 'worker' as const, slot: 1 };
  const callbackLabel = () => '';
  const row = (at: number) => (
    <ul>
      <ThreadRow
        lane={lane}
        info={info}
        t={at as VirtualUs}
        axis={axis}
        top={0}
        charPx={7}
        callbackLabel={callbackLabel}
        probe={{ setProbe, endings }}
      />
    </ul>
  );
  const view = render(row(t));
  return { setProbe, rerender: (at: number) => view.rerender(row(at)) };
}

const waits = () => screen.getAllByRole('img', { name: /^waiting for work/ });

describe('a lane’s blocked segments', () => {
  it('are named with how they ended, once they have', () => {
    renderLane(s(6));
    expect(waits().map((el) => el.getAttribute('aria-label'))).toEqual([
      "waiting for work, woken by MainThread's submit() at 2.0 s",
      'waiting for work, timed out at 4.0 s',
      'waiting for work',
    ]);
  });
  it('are one tab stop for the lane, the latest by default; arrow keys, Home and End move along them', async () => {
    const user = userEvent.setup();
    renderLane(s(6));
    expect(waits().map((el) => el.tabIndex)).toEqual([-1, -1, 0]);
    await user.tab();
    expect(document.activeElement).toBe(waits()[2]);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(waits()[1]);
    expect(waits().map((el) => el.tabIndex)).toEqual([-1, 0, -1]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(waits()[0]);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(waits()[0]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(waits()[2]);
    // Leaving and coming back lands where the reader left.
    await user.keyboard('{ArrowLeft}');
    await user.tab({ shift: true });
    await user.tab();
    expect(document.activeElement).toBe(waits()[1]);
  });
  it('ask for their wake arrow on focus and on hover, and stop asking when left', async () => {
    const user = userEvent.setup();
    const { setProbe } = renderLane(s(6));
    await user.tab();
    expect(setProbe).toHaveBeenLastCalledWith({ kind: 'wait', thread: W0, t: s(9) });
    await user.keyboard('{Home}');
    expect(setProbe).toHaveBeenLastCalledWith({ kind: 'wait', thread: W0, t: s(2) });
    await user.tab();
    expect(setProbe).toHaveBeenLastCalledWith(null);
    fireEvent.pointerOver(waits()[1]!);
    expect(setProbe).toHaveBeenLastCalledWith({ kind: 'wait', thread: W0, t: s(4) });
  });
  it('are not there before the playhead reaches them', () => {
    const { rerender } = renderLane(s(1.5));
    expect(waits()).toHaveLength(1);
    expect(waits()[0]).toHaveAccessibleName('waiting for work');
    act(() => rerender(s(2.5)));
    expect(waits()[0]).toHaveAccessibleName(
      "waiting for work, woken by MainThread's submit() at 2.0 s",
    );
  });
});
