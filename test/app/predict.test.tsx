import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatSeconds } from '../../src/core/seconds';
import { PREDICT_MODE_KEY, gatesFor } from '../../src/predict';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import type { PlayerStore } from '../../src/store/playerStore';
import { fixtureSource } from '../fixtures/fixtureSource';
import { renderVisualizer } from './renderVisualizer';

const QUESTION = 'Which thread will run on_done_future when fut1 finishes?';
const gates = gatesFor(fetchSquareRun().trace);

let player: PlayerStore;

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

const open = (query = '?scenario=fetch-square&predict=1') =>
  ({ player } = renderVisualizer(fixtureSource, query));
const consoleLog = () => screen.getByRole('log', { name: 'Console' });

/** The first gate is open, and nothing it asks about has happened yet. */
function expectFirstGate() {
  expect(screen.getByRole('dialog', { name: 'Predict' })).toHaveAccessibleDescription(QUESTION);
  expect(consoleLog()).not.toHaveTextContent('Result is: 4');
  expect(player.getState()).toMatchObject({ t: gates[0]!.holdT, playing: false });
}

describe('Predict mode in the shell: no control passes an unanswered gate', () => {
  it('Play stops at the gate (one animation-frame loop) and Play again stays there', async () => {
    open('?scenario=fetch-square&predict=1&speed=8');
    const frames: FrameRequestCallback[] = [];
    const real = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => frames.push(cb);
    try {
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Play' }));
      let now = 0;
      for (let i = 0; i < 200 && player.getState().playing; i++) {
        const cb = frames.shift();
        if (!cb) break;
        now += 100;
        act(() => cb(now));
      }
      expectFirstGate();
      await user.click(screen.getByRole('button', { name: 'Play' }));
      expectFirstGate();
    } finally {
      window.requestAnimationFrame = real;
    }
  });
  it('Step forward (button) stops at the gate', async () => {
    const user = userEvent.setup();
    open();
    const step = screen.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 100; i++) await user.click(step);
    expectFirstGate();
  });
  it('the Time slider stops at the gate', () => {
    open();
    const slider = screen.getByRole('slider', { name: 'Time' });
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    expectFirstGate();
  });
  it('Jump to end stops at the gate', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expectFirstGate();
  });
  it('the keys End, → and PageDown stop at the gate', async () => {
    const user = userEvent.setup();
    open();
    await user.keyboard('{End}');
    expectFirstGate();
    act(() => player.getState().reset());
    for (let i = 0; i < 60; i++) await user.keyboard('{PageDown}');
    expectFirstGate();
    act(() => player.getState().reset());
    for (let i = 0; i < 60; i++) await user.keyboard('{ArrowRight}');
    expectFirstGate();
  });
  it('a t= link past the gate opens at the gate', () => {
    open('?scenario=fetch-square&predict=1&t=9');
    expectFirstGate();
  });
});

describe('Predict mode in the shell: answers, highlight, score, switch', () => {
  it('a wrong answer names the misconception and highlights the refuting event in timeline and console', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    const dialog = screen.getByRole('dialog', { name: 'Predict' });
    await user.click(within(dialog).getByRole('radio', { name: /MainThread/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Check' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Misconception: “Callbacks run on the main thread”',
    );
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const ran = fetchSquareRun().trace.events.find((e) => e.type === 'callback.invoke')!;
    expect(timeline).toHaveTextContent(
      `Highlighted: on_done_future(fut1) runs on Thread-1 at ${formatSeconds(ran.t, 3)} s`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Show me' }));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const step = screen.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 10 && !consoleLog().textContent?.includes('Result is: 4'); i++)
      await user.click(step);
    // The line the callback printed appears, tagged as the highlighted event.
    const line = within(consoleLog()).getByText('Result is: 4').closest('li')!;
    expect(line).toHaveTextContent('◆ highlighted');
  });
  it('shows the first-try score at the end, with Reset', async () => {
    const user = userEvent.setup();
    open();
    expect(gates.length).toBeGreaterThan(0);
    for (const gate of gates) {
      await user.click(screen.getByRole('button', { name: 'Jump to end' }));
      const right = gate.choices.find((c) => c.id === gate.correct)!.text;
      await user.click(screen.getByRole('radio', { name: new RegExp(right) }));
      await user.keyboard('{Enter}');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    const score = screen.getByRole('region', { name: 'Your predictions' });
    expect(score).toHaveTextContent('This scenario: 3 of 3 · All scenarios: 3 of 3.');
    await user.click(within(score).getByRole('button', { name: 'Reset score' }));
    expect(screen.getByRole('region', { name: 'Your predictions' })).toHaveTextContent(
      'This scenario: 0 of 3 · All scenarios: 0 of 0.',
    );
  });
  it('in presenter mode the gate is large and the teacher reveals and continues with Enter', async () => {
    const user = userEvent.setup();
    open('?scenario=fetch-square&predict=1&presenter=1');
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    const dialog = screen.getByRole('dialog', { name: 'Predict' });
    expect(dialog).toHaveClass('is-presenter');
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('status')).toHaveTextContent('on_done_future ran on Thread-1');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(player.getState().passed.has(gates[0]!.id)).toBe(true);
  });
  it('the Predict mode switch: on by default for a notebook scenario, in the link, remembered', async () => {
    const user = userEvent.setup();
    open('?scenario=fetch-square');
    const toggle = screen.getByRole('switch', { name: 'Predict mode' });
    expect(toggle).toBeChecked();
    expect(location.search).toBe('?scenario=fetch-square&predict=1');
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(localStorage.getItem(PREDICT_MODE_KEY)).toBe('off');
    expect(location.search).toBe('?scenario=fetch-square');
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(consoleLog()).toHaveTextContent('Result is: 16');
  });
  it('an ordering= the scenario does not have is named in a notice', () => {
    open('?scenario=fetch-square&ordering=3');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'ordering: this scenario has no ordering 3; showing the first.',
    );
  });
  it('predict=0 in a link turns it off, and the link keeps saying so', () => {
    open('?scenario=fetch-square&predict=0');
    expect(screen.getByRole('switch', { name: 'Predict mode' })).not.toBeChecked();
    expect(location.search).toBe('?scenario=fetch-square&predict=0');
  });
});
