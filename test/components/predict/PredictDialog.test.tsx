import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  PredictDialog,
  type PredictDialogProps,
} from '../../../src/components/predict/PredictDialog';
import { formatSeconds } from '../../../src/core/seconds';
import { gatesFor } from '../../../src/predict/gatesFor';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';

// The fut2 gate of fetch_square: right answer Thread-2, "MainThread" is a named misconception.
const trace = fetchSquareTrace();
const gate = gatesFor(trace)[1]!;
/** When Thread-2 ran the callback: the moment the feedback names. */
const ranAt = trace.events.find((e) => e.type === 'callback.invoke' && e.thread === 'Thread-2')!.t;

function setup(extra: Partial<PredictDialogProps> = {}) {
  const props = {
    onAnswer: vi.fn(),
    onShowMe: vi.fn(),
    onHighlight: vi.fn(),
    onClose: vi.fn(),
    ...extra,
  };
  const user = userEvent.setup();
  const view = render(
    <>
      <button type="button">Play</button>
      <Opened {...props} />
    </>,
  );
  return { user, props, view };
}
function Opened(p: Omit<PredictDialogProps, 'gate'>) {
  return <PredictDialog gate={gate} {...p} />;
}

describe('PredictDialog', () => {
  it('is a dialog named Predict with the question, a radiogroup of answers and Check', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Predict' });
    expect(dialog).toHaveAccessibleDescription(
      'Which thread will run on_done_future when fut2 finishes?',
    );
    const group = within(dialog).getByRole('radiogroup', { name: gate.question });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.textContent),
    ).toEqual(gate.choices.map((c) => expect.stringContaining(c.text)));
    expect(within(dialog).getByRole('button', { name: 'Check' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Show me' })).toBeInTheDocument();
  });

  it('moves focus into the dialog, chooses with arrows, checks with Enter', async () => {
    const { user, props } = setup();
    const radios = screen.getAllByRole('radio');
    expect(radios[0]).toHaveFocus();
    const target = gate.choices.findIndex((c) => c.text === 'MainThread');
    // At least one arrow press: from the first radio, a full round wraps back to it.
    const presses = target === 0 ? gate.choices.length : target;
    for (let i = 0; i < presses; i++) await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /MainThread/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('radio', { name: /MainThread/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(props.onAnswer).toHaveBeenCalledWith({
      gateId: gate.id,
      choiceId: gate.choices[target]!.id,
      correct: false,
      firstTry: true,
      misconception: 'callback-main-thread',
    });
    expect(props.onHighlight).toHaveBeenCalledWith(gate.highlightSeq);
  });

  it('a wrong answer names its misconception in a polite status, and not by colour alone', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: /MainThread/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent(
      `✗ Callbacks don't run on the main thread: on_done_future ran on Thread-2, the thread that called set_result, at ${formatSeconds(ranAt, 3)} s — highlighted.`,
    );
    expect(status).toHaveTextContent('Misconception: “Callbacks run on the main thread”.');
    expect(screen.getByRole('radio', { name: /MainThread/ })).toHaveTextContent('✗ not this one');
  });

  it('a right answer on a later try is not first-try, passes the gate and offers Continue', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('radio', { name: /MainThread/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(screen.getByRole('radio', { name: /Thread-2/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(props.onAnswer).toHaveBeenLastCalledWith(
      expect.objectContaining({ correct: true, firstTry: false, misconception: null }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('✓ Right: on_done_future ran on Thread-2');
    const next = screen.getByRole('button', { name: 'Continue' });
    expect(next).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
    await user.keyboard('{Enter}');
    expect(props.onClose).toHaveBeenCalled();
  });

  it('asks for a choice before checking', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Choose an answer first.');
    expect(props.onAnswer).not.toHaveBeenCalled();
  });

  it('Show me reveals the right answer and reports it', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Show me' }));
    expect(props.onShowMe).toHaveBeenCalledWith(gate.id);
    expect(props.onAnswer).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: /Thread-2/ })).toHaveTextContent('✓ right answer');
    expect(screen.getByRole('status')).toHaveTextContent(/The answer is [A-C]: Thread-2\./);
  });

  it('keeps Tab inside the dialog and gives focus back when it closes', async () => {
    const { user, view } = setup();
    const play = screen.getByRole('button', { name: 'Play' });
    play.focus();
    view.rerender(
      <>
        <button type="button">Play</button>
        <PredictDialog
          key="again"
          gate={gate}
          onAnswer={vi.fn()}
          onShowMe={vi.fn()}
          onClose={vi.fn()}
        />
      </>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Predict' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    for (let i = 0; i < 4; i++) await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    view.rerender(<button type="button">Play</button>);
    expect(screen.getByRole('button', { name: 'Play' })).toHaveFocus();
  });
});

describe('PredictDialog and the page keyboard', () => {
  it.each([false, true])(
    'keeps playback keys from reaching the page (presenter %s)',
    async (presenter) => {
      const seen: string[] = [];
      const onKey = (e: KeyboardEvent) => seen.push(e.key);
      window.addEventListener('keydown', onKey);
      const { user } = setup({ presenter });
      await user.keyboard('{ArrowLeft}{Home}{End}{ArrowRight}[Space]');
      window.removeEventListener('keydown', onKey);
      expect(seen).toEqual([]);
    },
  );
});

describe('PredictDialog in presenter mode', () => {
  it("takes a clicker's PageDown as Enter", async () => {
    const { user, props } = setup({ presenter: true });
    await user.keyboard('{PageDown}');
    expect(props.onShowMe).toHaveBeenCalledWith(gate.id);
    await user.keyboard('{PageDown}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the answers and reveals with Enter, then continues with Enter', async () => {
    const { user, props } = setup({ presenter: true });
    const dialog = screen.getByRole('dialog', { name: 'Predict' });
    expect(within(dialog).getByRole('list', { name: 'Answers' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('radiogroup')).toBeNull();
    await user.keyboard('{Enter}');
    expect(props.onShowMe).toHaveBeenCalledWith(gate.id);
    expect(
      within(dialog)
        .getByText(/✓ right answer/)
        .closest('li'),
    ).toHaveTextContent('Thread-2');
    expect(within(dialog).getByText(/✗ Callbacks run on the main thread/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Right: on_done_future ran on Thread-2');
    await user.keyboard('{Enter}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });
});
