import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodePanel } from '../../src/components/code/CodePanel';
import { ConsolePanel } from '../../src/components/console/ConsolePanel';
import { FutureCards } from '../../src/components/futures/FutureCards';
import { Narration } from '../../src/components/player/Narration';
import { ScenarioPicker } from '../../src/components/shell/ScenarioPicker';
import { StateBadge } from '../../src/components/StateBadge';
import { narrate } from '../../src/scenarios/narrate';
import { currentEventIndex } from '../../src/store/selectors/currentEventIndex';
import { narratedIndex } from '../../src/store/selectors/narrated';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { PRINT_T, twoPrintsRun } from '../store/fixtures/twoPrintsAtOnce';
import { loadFixture, player, renderInPlayer, renderWithSnapshot } from './render';

const run = fetchSquareRun();
/** The source line whose code is `code` (1-based). */
const lineOf = (code: string) =>
  run.trace.source.split('\n').findIndex((l) => l.trim() === code) + 1;
beforeEach(() => loadFixture());

describe('CodePanel', () => {
  it('numbers lines, shows In [n] prompts and marks the main thread’s line', () => {
    renderWithSnapshot((s) => (
      <CodePanel source={s.trace.source} cells={run.cells} lines={s.lines} threads={s.threads} />
    ));
    const region = screen.getByRole('region', { name: 'Source code' });
    expect(within(region).getByText('In [12]:')).toBeInTheDocument();
    expect(within(region).getByText('In [13]:')).toBeInTheDocument();
    const current = region.querySelector('[aria-current="step"]')!;
    expect(current).toHaveAttribute('data-line', '1');
    expect(current).toHaveTextContent('MainThread');
  });
  it('marks a timer thread on its callback line, by name', () => {
    // The first line Thread-1 runs inside on_done_future, after set_result invoked it.
    const invoke = run.trace.events.find((e) => e.type === 'callback.invoke')!;
    const inCallback = run.trace.events.find(
      (e) => e.seq > invoke.seq && e.thread === 'Thread-1' && e.type === 'line',
    )!;
    loadFixture(inCallback.t);
    renderWithSnapshot((s) => (
      <CodePanel source={s.trace.source} cells={run.cells} lines={s.lines} threads={s.threads} />
    ));
    const current = document.querySelector('[aria-current="step"]')!;
    expect(current).toHaveAttribute('data-line', String(lineOf('response = future.result()')));
    expect(current).toHaveTextContent('Thread-1');
  });
});

describe('ConsolePanel', () => {
  it('is a log named Console, one element per line, with the printing thread', () => {
    renderWithSnapshot((s) => <ConsolePanel lines={s.console} threads={s.threads} />);
    const log = screen.getByRole('log', { name: 'Console' });
    expect(within(log).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('Nothing printed yet.')).toBeInTheDocument();
    act(() => player().getState().jumpToEnd());
    const items = within(log).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.console-text')!.textContent)).toEqual([
      'Result is: 4',
      'Result is: 9',
      'Result is: 16',
    ]);
    expect(items[1]).toHaveTextContent('Thread-2 · on_done_future');
  });
  it('labels stderr lines in words, not only colour', () => {
    render(
      <ConsolePanel
        threads={[]}
        lines={[
          {
            key: '1',
            seq: 1,
            stream: 'stderr',
            text: 'Traceback',
            thread: 'Thread-1',
            t: 0 as never,
            cell: null,
            callbackName: null,
          },
          {
            key: '2',
            seq: 2,
            stream: 'display',
            text: "'Hello'",
            thread: 'MainThread',
            t: 0 as never,
            cell: 6,
            callbackName: null,
          },
        ]}
      />,
    );
    const [err, out] = within(screen.getByRole('log', { name: 'Console' })).getAllByRole(
      'listitem',
    );
    expect(err).toHaveTextContent('stderr');
    expect(out).toHaveTextContent("Out[6]:'Hello'");
  });
});

describe('FutureCards', () => {
  it('has a card per future named by its variable, with repr, state and callbacks', () => {
    // Once the main thread is done: every future made, none finished.
    loadFixture(
      run.trace.events.find((e) => e.type === 'thread.finish' && e.thread === 'MainThread')!.t,
    );
    renderWithSnapshot((s) => <FutureCards futures={s.futures} />);
    const card = screen.getByRole('article', { name: 'fut1' });
    expect(card).toHaveTextContent('<Future at 0x7f5a1c537ac8 state=pending>');
    expect(card).toHaveTextContent('○ pending');
    expect(card).toHaveTextContent('on_done_future ○ registered, waiting');
    act(() => player().getState().jumpToEnd());
    expect(card).toHaveTextContent('<Future at 0x7f5a1c537ac8 state=finished returned dict>');
    expect(card).toHaveTextContent('● finished returned dict');
    expect(card).toHaveTextContent("result() → {'success': True, 'result': 4}");
    expect(card).toHaveTextContent('on_done_future ✓ fired on Thread-1');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([
      'fut1',
      'fut2',
      'fut3',
    ]);
  });
});

describe('StateBadge', () => {
  it('gives every state a shape and words', () => {
    render(
      <>
        <StateBadge
          state="FINISHED"
          outcome={{ kind: 'exception', type: 'ValueError', repr: 'ValueError()' }}
        />
        <StateBadge state="CANCELLED_AND_NOTIFIED" outcome={null} />
        <StateBadge state="RUNNING" outcome={null} />
      </>,
    );
    expect(screen.getByText('finished raised ValueError')).toHaveTextContent('▲');
    expect(screen.getByText('cancelled')).toHaveTextContent('✕');
    expect(screen.getByText('running')).toHaveTextContent('▇');
  });
});

describe('Narration', () => {
  it('is a polite live region with the current event’s sentence', () => {
    renderInPlayer(<Narration narrate={(trace, i) => `event ${i} is ${trace.events[i]!.type}`} />);
    const status = screen.getByRole('status', { name: 'Narration' });
    expect(status).toHaveAttribute('aria-live', 'polite');
    act(() => player().getState().stepForward());
    const { t, cut } = player().getState();
    const i = narratedIndex(run.trace, currentEventIndex(run.trace, t, cut));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(status).toHaveTextContent(`event ${i} is ${run.trace.events[i]!.type}`);
  });
  it('survives a narrator that throws', () => {
    renderInPlayer(
      <Narration
        narrate={() => {
          throw new Error('no');
        }}
      />,
    );
    expect(screen.getByRole('status', { name: 'Narration' })).toBeInTheDocument();
  });
});

describe('ScenarioPicker', () => {
  it('is a select named Scenario', async () => {
    let chosen = '';
    render(
      <ScenarioPicker
        scenarios={[
          { id: 'future-by-hand', title: 'A Future by hand' },
          { id: 'fetch-square', title: 'fetch_square' },
        ]}
        value="fetch-square"
        onChange={(id) => (chosen = id)}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Scenario' });
    expect(select).toHaveValue('fetch-square');
    const { default: userEvent } = await import('@testing-library/user-event');
    await userEvent.setup().selectOptions(select, 'A Future by hand');
    expect(chosen).toBe('future-by-hand');
  });
});

describe('narrationAt', () => {
  it('tells the first event of an instant that is more than a plain line step', async () => {
    const { narrationAt } = await import('../../src/components/player/Narration');
    const invoke = run.trace.events.findIndex((e) => e.type === 'callback.invoke');
    const sentence = narrationAt((trace, i) => `[${trace.events[i]!.type}]`, run.trace, invoke);
    expect(sentence).toBe('[timer.fire]');
  });
});

describe('two threads printing at one instant, one step each', () => {
  /** The player at the instant before the two prints, on the hand-built run. */
  const beforeThePrints = () => {
    const run = twoPrintsRun();
    player().getState().load(run);
    const before = run.trace.events.find((e) => e.type === 'wait.begin')!.t;
    player().getState().seek(before);
  };
  const stepForward = () => act(() => player().getState().stepForward());
  const printedLines = () =>
    within(screen.getByRole('log', { name: 'Console' }))
      .queryAllByRole('listitem')
      .map((li) => li.querySelector('.console-text')!.textContent);

  it('the console shows one line, then two', () => {
    beforeThePrints();
    renderWithSnapshot((s) => <ConsolePanel lines={s.console} threads={s.threads} />);
    const seen: string[][] = [];
    for (let i = 0; i < 5; i++) {
      stepForward();
      seen.push(printedLines());
    }
    const one = ['Result is: 4'];
    expect(seen).toEqual([[], one, one, one, [...one, "{'result': 4}"]]);
    act(() => player().getState().stepBack());
    expect(printedLines()).toEqual(one);
  });
  it('the narration tells each step’s own headline event', () => {
    beforeThePrints();
    renderInPlayer(
      <Narration narrate={(trace, i) => `${trace.events[i]!.thread} ${trace.events[i]!.type}`} />,
    );
    const status = screen.getByRole('status', { name: 'Narration' });
    const told: string[] = [];
    for (let i = 0; i < 5; i++) {
      stepForward();
      expect(player().getState().t).toBe(PRINT_T);
      told.push(status.textContent!);
    }
    expect(told).toEqual([
      'Thread-1 timer.fire',
      'Thread-1 stdout',
      'Thread-1 thread.finish',
      'MainThread wait.end',
      'MainThread stdout',
    ]);
  });
  it('the narration names each print with its own thread', () => {
    beforeThePrints();
    renderInPlayer(<Narration narrate={narrate} />);
    const status = screen.getByRole('status', { name: 'Narration' });
    stepForward();
    stepForward();
    expect(status).toHaveTextContent('Thread-1 prints “Result is: 4”.');
    stepForward();
    expect(status).toHaveTextContent('Thread-1 has nothing left to do and finishes.');
    stepForward();
    stepForward();
    expect(status).toHaveTextContent("MainThread prints “{'result': 4}”.");
  });
});
