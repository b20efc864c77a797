/**
 * Why? in the Predict dialog's feedback: after an answer, a button opens the sentence of
 * Python's documentation behind the question (quoted as docs.python.org words it) with a link
 * to that page; nothing shows before an answer, and the quote fits each kind of question.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PredictDialog } from '../../../src/components/predict/PredictDialog';
import type { Gate } from '../../../src/predict/gate';
import { gatesFor } from '../../../src/predict/gatesFor';
import { runScenario } from '../../../src/scenarios/run';

const gateOf = (id: Parameters<typeof runScenario>[0], kind: Gate['kind']): Gate =>
  gatesFor(runScenario(id).trace).find((g) => g.kind === kind)!;

async function answerWrong(gate: Gate) {
  const user = userEvent.setup();
  render(
    <PredictDialog
      gate={gate}
      onAnswer={vi.fn()}
      onShowMe={vi.fn()}
      onHighlight={vi.fn()}
      onClose={vi.fn()}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Predict' });
  expect(within(dialog).queryByRole('button', { name: 'Why?' })).toBeNull();
  const wrong = gate.choices.find((c) => c.id !== gate.correct)!;
  await user.click(within(dialog).getByRole('radio', { name: new RegExp(escape(wrong.text)) }));
  await user.click(within(dialog).getByRole('button', { name: 'Check' }));
  return { user, dialog };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('Why? after a wrong answer', () => {
  it('keeps the misconception feedback and opens the add_done_callback sentence, linked to the docs', async () => {
    const { user, dialog } = await answerWrong(gateOf('who-runs-callback', 'callback-thread'));
    expect(within(dialog).getByRole('status')).toHaveTextContent(/Misconception: “/);
    const why = within(dialog).getByRole('button', { name: 'Why?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(
      within(dialog).getByText(/always called in a thread belonging to the process/),
    ).not.toBeVisible();
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(dialog).getByText(
        'Added callables are called in the order that they were added and are always called in a thread belonging to the process that added them.',
      ),
    ).toBeVisible();
    const link = within(dialog).getByRole('link', {
      name: 'concurrent.futures — Future.add_done_callback()',
    });
    expect(link).toHaveAttribute(
      'href',
      'https://docs.python.org/3/library/concurrent.futures.html#concurrent.futures.Future.add_done_callback',
    );
    // Opening it is the learner's choice: a new tab, nothing fetched by the page.
    expect(link).toHaveAttribute('target', '_blank');
    await user.keyboard('{Enter}');
    expect(why).toHaveAttribute('aria-expanded', 'false');
  });

  it('quotes add_done_callback on a finished future for the late callback', async () => {
    const { user, dialog } = await answerWrong(gateOf('late-callback', 'late-callback'));
    await user.click(within(dialog).getByRole('button', { name: 'Why?' }));
    expect(
      within(dialog).getByText(
        'If the future has already completed or been cancelled, fn will be called immediately.',
      ),
    ).toBeVisible();
  });

  it('quotes Future.result() for when result() returns', async () => {
    const { user, dialog } = await answerWrong(gateOf('never-completes', 'result-return'));
    await user.click(within(dialog).getByRole('button', { name: 'Why?' }));
    expect(
      within(dialog).getByText(
        "Return the value returned by the call. If the call hasn't yet completed then this method will wait up to timeout seconds.",
      ),
    ).toBeVisible();
    expect(
      within(dialog).getByRole('link', { name: 'concurrent.futures — Future.result()' }),
    ).toBeInTheDocument();
  });

  it('quotes threading.Timer for the first lesson’s question', async () => {
    const { user, dialog } = await answerWrong(gateOf('first-lesson', 'timer-thread'));
    await user.click(within(dialog).getByRole('button', { name: 'Why?' }));
    expect(
      within(dialog).getByText(/Timer is a subclass of Thread and as such also functions/),
    ).toBeVisible();
    expect(within(dialog).getByRole('link', { name: 'threading — Timer Objects' })).toHaveAttribute(
      'href',
      'https://docs.python.org/3/library/threading.html#timer-objects',
    );
  });

  it('quotes wait(FIRST_COMPLETED), not as_completed(), for a wait() question', async () => {
    const { user, dialog } = await answerWrong(gateOf('pool-first-completed', 'first-yield'));
    await user.click(within(dialog).getByRole('button', { name: 'Why?' }));
    expect(
      within(dialog).getByText(
        'The function will return when any future finishes or is cancelled.',
      ),
    ).toBeVisible();
  });
});
