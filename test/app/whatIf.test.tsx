/**
 * "What if…?" in the shell, on fetch_square: at the end of the run the learner predicts the
 * changed program's console, commits, reads the feedback, presses Run it, and the variation
 * plays as the Lab's link would open it, with the changed code lines and the console lines that
 * differ from before tagged "changed" and said in a status sentence. Predict mode stays as it was.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { gatesFor } from '../../src/predict';
import { renderVisualizer } from './renderVisualizer';

beforeAll(() => import('../../src/components/lab/LabForm'), 30_000);

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

const QUESTION = 'What if the Timers waited 3, 2 and 1 s instead of 5, 5 and 5 s?';
const whatIfSection = () => screen.getByRole('region', { name: 'What if…?' });

describe('What if at the end of fetch_square', () => {
  it('is not there before the run ends', () => {
    renderVisualizer(realScenarioSource, '?scenario=fetch-square&predict=0');
    expect(screen.queryByRole('region', { name: 'What if…?' })).toBeNull();
  });

  it('asks first, answers after Check, and Run it plays the variation with the difference marked', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(realScenarioSource, '?scenario=fetch-square&predict=0');
    act(() => player.getState().jumpToEnd());
    const question = within(whatIfSection()).getByRole('article', { name: QUESTION });
    const choices = within(question).getByRole('radiogroup', {
      name: 'What will the console print now?',
    });
    // Nothing says which is right before the learner commits.
    expect(within(question).queryByText(/right|not this one/i)).toBeNull();
    expect(within(question).queryByRole('button', { name: 'Run it' })).toBeNull();
    const right = within(choices)
      .getAllByRole('radio')
      .find((r) => r.textContent?.includes('Result is: 16\nResult is: 9\nResult is: 4'));
    expect(right).toBeDefined();
    await user.click(right!);
    await user.click(within(question).getByRole('button', { name: 'Check' }));
    expect(within(question).getByRole('status')).toHaveTextContent(
      /^Right\. Each done-callback runs on its own Timer thread/,
    );

    expect(within(question).getByRole('button', { name: 'Run it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(player.getState().run?.id).toBe('lab');
    expect(player.getState().lab?.delays).toEqual([3, 2, 1]);
    expect(player.getState().predict).toBe(false);
    expect(new URLSearchParams(location.search).get('delays')).toBe('3,2,1');

    const code = screen.getByRole('region', { name: 'Source code' });
    const changedCode = within(code)
      .getAllByText('changed')
      .map((tag) => tag.closest('li')?.querySelector('.code-text')?.textContent);
    expect(changedCode).toEqual([
      'fut1 = fetch_square(2, 3.0, "ok")',
      'fut2 = fetch_square(3, 2.0, "ok")',
      'fut3 = fetch_square(4, 1.0, "ok")',
    ]);
    act(() => player.getState().jumpToEnd());
    const log = screen.getByRole('log', { name: 'Console' });
    const changedConsole = within(log)
      .getAllByText('changed')
      .map((tag) => tag.closest('li')?.querySelector('.console-text')?.textContent);
    // 9 stays in the middle; 16 and 4 swapped places.
    expect(changedConsole).toEqual(['Result is: 16', 'Result is: 4']);
    expect(
      screen
        .getAllByRole('status')
        .some((s) =>
          s.textContent?.includes(
            `${QUESTION} Playing the changed program: 3 code lines and 2 console lines differ from before`,
          ),
        ),
    ).toBe(true);
  }, 30_000);

  it('a wrong pick is told why, and Run it is offered all the same; predict=1 stays on', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(realScenarioSource, '?scenario=fetch-square&predict=1');
    act(() => {
      // Every gate answered, so the run may reach its end.
      for (const g of gatesFor(player.getState().run!.trace)) player.getState().passGate(g.id);
      player.getState().jumpToEnd();
    });
    const question = within(whatIfSection()).getByRole('article', { name: QUESTION });
    const old = within(question)
      .getAllByRole('radio')
      .find((r) => r.textContent?.includes('Result is: 4\nResult is: 9\nResult is: 16'));
    await user.click(old!);
    await user.click(within(question).getByRole('button', { name: 'Check' }));
    expect(within(question).getByRole('status')).toHaveTextContent(
      /^Not this one\. That is what it printed before the change/,
    );
    await user.click(within(question).getByRole('button', { name: 'Run it' }));
    expect(player.getState().run?.id).toBe('lab');
    expect(player.getState().predict).toBe(true);
    expect(new URLSearchParams(location.search).get('predict')).toBe('1');
  }, 30_000);
});
