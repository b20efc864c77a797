/**
 * One "What if" question by keyboard alone: arrows choose a console, Enter commits, the
 * feedback is announced (role=status), focus moves to Run it, and Enter there plays it. Nothing
 * marks an answer before the learner commits.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WhatIfQuestion } from '../../../src/components/whatIf/WhatIfQuestion';
import { whatIfsFor } from '../../../src/predict/whatIf';
import { scenarioById } from '../../../src/scenarios/registry';

const late = whatIfsFor(scenarioById('result-blocks').run(), null).find((w) =>
  w.id.endsWith('/late-callback'),
)!;

describe('WhatIfQuestion', () => {
  it('is answered and played from the keyboard', async () => {
    const user = userEvent.setup();
    const onRun = vi.fn();
    render(<WhatIfQuestion whatIf={late} onRun={onRun} />);
    const question = screen.getByRole('article', { name: late.question });
    expect(within(question).getByRole('figure', { name: 'The change:' })).toHaveTextContent(
      'fut1.add_done_callback(on_late)',
    );
    expect(within(question).getByRole('status')).toHaveTextContent(/^$/);
    expect(within(question).getByRole('button', { name: 'Check' })).toBeDisabled();
    const radios = within(question).getAllByRole('radio');
    radios[0]!.focus();
    // Move to the right answer with the arrows, wherever it sits.
    const right = late.choices.findIndex((c) => c.correct);
    await user.keyboard('{ArrowDown}'.repeat(right));
    if (right === 0) await user.keyboard(' ');
    expect(radios[right]).toHaveAttribute('aria-checked', 'true');
    expect(within(question).queryByText(/right|not this one/)).toBeNull();
    await user.keyboard('{Enter}');
    expect(within(question).getByRole('status')).toHaveTextContent(
      'Right. fut1 had already finished when on_late was added, so add_done_callback ran it at once, on the thread that added it (MainThread), before returning.',
    );
    expect(within(question).getByRole('button', { name: 'Run it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRun).toHaveBeenCalledWith(late);
  });

  it('tells a wrong pick which wrong model it came from', async () => {
    const user = userEvent.setup();
    render(<WhatIfQuestion whatIf={late} onRun={() => {}} />);
    const wrongThread = screen
      .getAllByRole('radio')
      .find((r) => r.textContent?.includes('on_late runs in Thread-1'))!;
    await user.click(wrongThread);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Not this one\. The right lines, but one names the wrong thread/,
    );
    expect(wrongThread).toHaveTextContent('not this one');
  });
});
