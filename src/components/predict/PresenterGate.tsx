/**
 * The Predict dialog in presenter mode: the question and answers large, for a class to discuss;
 * the teacher presses Enter (a clicker's PageDown, or Reveal) to show the right answer and each wrong answer's
 * misconception, then Enter (or Continue) to go on. A reveal passes the gate unscored.
 *
 * @example <PresenterGate gate={gate} onAnswer={…} onShowMe={pass} onClose={close} />
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { MISCONCEPTIONS } from '../../predict/misconceptions';
import type { PredictDialogProps } from './PredictDialog';
import { useDialogFocus } from './useDialogFocus';

export function PresenterGate({ gate, onShowMe, onHighlight, onClose }: PredictDialogProps) {
  const ids = { title: useId(), question: useId() };
  const dialog = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [revealed, setRevealed] = useState(false);
  const trapTab = useDialogFocus(dialog, () => button.current);
  const right = gate.choices.find((c) => c.id === gate.correct)!;

  const reveal = () => {
    setRevealed(true);
    onShowMe(gate.id);
    onHighlight?.(gate.highlightSeq);
  };
  const next = () => (revealed ? onClose() : reveal());
  const onKeyDown = (e: KeyboardEvent) => {
    trapTab(e);
    // The page's playback keys must not move the playhead under an open question.
    e.stopPropagation();
    // Enter (or a clicker's PageDown) is the teacher's one key; the button handles its own Enter.
    const enter = e.key === 'Enter' && e.target !== button.current;
    if (enter || e.key === 'PageDown') {
      e.preventDefault();
      next();
    }
  };

  return (
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby={ids.title}
      aria-describedby={ids.question}
      className="predict-dialog is-presenter"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h2 id={ids.title}>Predict</h2>
      <p id={ids.question} className="predict-question">
        {gate.question}
      </p>
      {gate.note && <p className="predict-note">{gate.note}</p>}
      <ol className="predict-presenter-choices" aria-label="Answers">
        {gate.choices.map((c) => (
          <li key={c.id}>
            <span className="predict-choice-letter">{c.id.toUpperCase()}.</span> {c.text}
            {revealed && (
              <span className="predict-choice-mark">
                {c.id === gate.correct
                  ? ' ✓ right answer'
                  : ` ✗ ${c.misconception ? MISCONCEPTIONS[c.misconception].name : 'wrong'}`}
              </span>
            )}
          </li>
        ))}
      </ol>
      <div role="status" aria-live="polite" className="predict-feedback">
        {revealed && <p>{right.feedback}</p>}
      </div>
      <div className="predict-actions">
        <button ref={button} type="button" onClick={next}>
          {revealed ? 'Continue' : 'Reveal'} <kbd>Enter</kbd>
        </button>
      </div>
    </div>
  );
}
