import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import type { ScenarioId } from '../../src/scenarios/types';
import { gatesFor, type Gate, type GateKind } from '../../src/predict';
import type { PlayerStore } from '../../src/store/playerStore';
import { renderVisualizer } from './renderVisualizer';

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(cleanup);

/**
 * Per gate kind, a built-in scenario that asks it and the text that would answer it: the right
 * choice where it could show, the countdowns that say what ends first, the sentence that states
 * the rule (narration, the scenario's summary). `reveal` is when that text may show again: once
 * this gate is answered (`gate`), one step later (`step`), or once every gate is and the run has
 * played to its end (`end`).
 */
interface Case {
  kind: GateKind;
  scenario: ScenarioId;
  deciding: (right: string) => string[];
  reveal: 'gate' | 'step' | 'end';
  /** Shown again after the reveal (a subset of `deciding`). */
  shownAfter: (right: string) => string;
}

const countdown = 's left';
const cases: Case[] = [
  {
    kind: 'callback-thread',
    scenario: 'fetch-square',
    // The three Timers are due within 50 ms of the gate, so their lanes read "due" (spec P-3).
    deciding: () => [
      countdown,
      'sleeping, due',
      // The title once said so: "fetch_square: callbacks on timer threads".
      'on timer threads',
      'whichever thread completes',
      'on the Timer thread that completed it',
    ],
    reveal: 'gate',
    shownAfter: () => 'sleeping, due',
  },
  {
    kind: 'late-callback',
    scenario: 'late-callback',
    deciding: () => ['at once'],
    reveal: 'end',
    shownAfter: () => 'runs at once, on the thread that adds it',
  },
  {
    kind: 'result-return',
    scenario: 'result-blocks',
    // 'result() blocks': the title once stated the answer.
    deciding: () => [countdown, 'waits inside fut.result() for 2 s', 'result() blocks'],
    reveal: 'gate',
    shownAfter: () => '2.0 s left',
  },
  {
    kind: 'first-finish',
    scenario: 'completion-order',
    // 'not call order': the title once stated the answer ("Completion order is not call order").
    deciding: () => [countdown, 'fut2 at 1 s', '◀ Thread-', '◁ Thread-', 'not call order'],
    // The next question (who runs report) opens at the same moment, so the summary tells.
    reveal: 'end',
    shownAfter: () => 'fut2 at 1 s',
  },
  {
    kind: 'next-line',
    scenario: 'late-callback',
    deciding: (right) => [right, '◀ MainThread'],
    reveal: 'end',
    shownAfter: (right) => right,
  },
  {
    kind: 'queued-state',
    scenario: 'pool-queue',
    deciding: () => ['until a worker is free'],
    reveal: 'step',
    shownAfter: () => 'until a worker is free',
  },
  {
    kind: 'worker-pick',
    scenario: 'pool-queue',
    // A worker's code marker on its last line says it is about to be free.
    deciding: () => [countdown, '◀ ThreadPoolExecutor', '◁ ThreadPoolExecutor'],
    reveal: 'gate',
    shownAfter: () => countdown,
  },
  {
    kind: 'first-yield',
    scenario: 'pool-as-completed',
    deciding: () => [countdown, '◀ ThreadPoolExecutor', '◁ ThreadPoolExecutor'],
    reveal: 'gate',
    shownAfter: () => countdown,
  },
  {
    kind: 'map-first',
    scenario: 'pool-map',
    deciding: (right) => [right, countdown, '◀ ThreadPoolExecutor', '◁ ThreadPoolExecutor'],
    reveal: 'end',
    shownAfter: (right) => right,
  },
  {
    kind: 'timer-thread',
    scenario: 'first-lesson',
    deciding: (right) => [right],
    reveal: 'end',
    shownAfter: (right) => right,
  },
  {
    kind: 'loop-callback',
    scenario: 'fetch-square-asyncio',
    // The asyncio future's card and the registration's narration say it; so did the title.
    deciding: () => ['not run at once', 'later turn', 'not inside set_result'],
    reveal: 'end',
    shownAfter: () => 'not run at once',
  },
  {
    kind: 'await-thread',
    scenario: 'fetch-square-await',
    deciding: () => ['no thread waits'],
    reveal: 'end',
    shownAfter: () => 'no thread waits',
  },
  {
    kind: 'threadsafe-wake',
    scenario: 'run-in-executor',
    deciding: () => ['resumes on MainThread'],
    reveal: 'end',
    shownAfter: () => 'resumes on MainThread',
  },
];

/** Everything the page says outside the Predict dialog: its text, tooltips and accessible names. */
function pageText(container: HTMLElement): string {
  const page = container.cloneNode(true) as HTMLElement;
  page.querySelector('[role="dialog"]')?.remove();
  const attrs = [...page.querySelectorAll('[title],[aria-label]')].map(
    (e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''}`,
  );
  return `${page.textContent ?? ''} ${attrs.join(' ')}`;
}

/** Opens the scenario in Predict mode with the playhead held at its first gate of `kind`. */
function openAt(c: Case): { player: PlayerStore; container: HTMLElement; gate: Gate } {
  const { player, container } = renderVisualizer(
    realScenarioSource,
    `?scenario=${c.scenario}&predict=1`,
  );
  const gates = gatesFor(player.getState().run!.trace);
  const gate = gates.find((g) => g.kind === c.kind)!;
  expect(gate, `${c.scenario} asks a ${c.kind} question`).toBeDefined();
  for (const g of gates) {
    if (g === gate) break;
    act(() => player.getState().passGate(g.id));
  }
  act(() => player.getState().jumpToEnd());
  const dialog = screen.getByRole('dialog', { name: 'Predict' });
  expect(dialog).toHaveAccessibleDescription(gate.question);
  return { player, container, gate };
}

/** Checks the right choice and presses Continue, as a learner would. */
function answer(gate: Gate) {
  const dialog = screen.getByRole('dialog', { name: 'Predict' });
  const right = gate.choices.find((ch) => ch.id === gate.correct)!;
  const radio = within(dialog)
    .getAllByRole('radio')
    .find((r) => r.textContent?.includes(right.text))!;
  fireEvent.click(radio);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Check' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
}

describe('Predict mode gives no answer away before the learner commits (issue 15)', () => {
  it.each(cases.map((c) => [c.kind, c.scenario, c] as const))(
    '%s (%s): the deciding text is hidden while the gate is open, and shows once answered',
    (_kind, _scenario, c) => {
      const { player, container, gate } = openAt(c);
      const right = gate.choices.find((ch) => ch.id === gate.correct)!.text;
      const open = pageText(container);
      for (const text of c.deciding(right)) expect(open).not.toContain(text);
      answer(gate);
      // Another question may open at the same moment, but not this one.
      expect(
        screen.queryByRole('dialog', { name: 'Predict', description: gate.question }),
      ).toBeNull();
      if (c.reveal === 'step') act(() => player.getState().stepForward());
      if (c.reveal === 'end') {
        for (const g of gatesFor(player.getState().run!.trace))
          act(() => player.getState().passGate(g.id));
        act(() => player.getState().jumpToEnd());
      }
      expect(pageText(container)).toContain(c.shownAfter(right));
    },
    // A whole page per case, on a shared two-core machine.
    30_000,
  );
});

describe('the line above the panels in Predict mode (issue 15)', () => {
  const lesson = realScenarioSource.run('late-callback').summary;
  const summaryLine = () =>
    screen.getByText('The late callback.', { selector: 'strong' }).parentElement!;

  it('describes the program neutrally until the last gate is passed, then states the lesson', () => {
    const { player } = renderVisualizer(realScenarioSource, '?scenario=late-callback&predict=1');
    expect(summaryLine()).toHaveTextContent('The program creates 1 future and starts 1 Timer.');
    expect(summaryLine()).not.toHaveTextContent(lesson);
    const gates = gatesFor(player.getState().run!.trace);
    for (const g of gates.slice(0, -1)) act(() => player.getState().passGate(g.id));
    expect(summaryLine()).not.toHaveTextContent(lesson);
    act(() => player.getState().passGate(gates.at(-1)!.id));
    expect(summaryLine()).toHaveTextContent(lesson);
  });

  it('with Predict mode off, states the lesson at once', () => {
    renderVisualizer(realScenarioSource, '?scenario=late-callback&predict=0');
    expect(summaryLine()).toHaveTextContent(lesson);
  });
});

describe('Predict mode tells no rule before its question opens (issue 15)', () => {
  it('fetch_square: registering on_done_future does not say where it will run', () => {
    const { player } = renderVisualizer(realScenarioSource, '?scenario=fetch-square&predict=1');
    const narration = () => screen.getByRole('status', { name: 'Narration' }).textContent ?? '';
    let told = '';
    for (let i = 0; i < 200 && !/registered on fut1/.test(told); i++) {
      act(() => player.getState().stepForward());
      told = narration();
    }
    expect(told).toContain('on_done_future is registered on fut1');
    expect(told).not.toContain('whichever thread completes');
  }, 30_000);
});
