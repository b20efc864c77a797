/**
 * The Predict dialog: a gate's question, its answers as a radiogroup, Check and Show me, and
 * feedback (announced politely) that names the misconception behind a wrong answer. Focus moves
 * into the dialog when it opens and back when it closes. Props only: the visualizer mounts it
 * (keyed by `gate.id`) while the playhead waits at a gate, and keeps the score and the set of
 * passed gates itself.
 *
 * In presenter mode (`presenter`) the gate is shown large for a class; the teacher reveals the
 * answer with Enter (or the Reveal button) instead of choosing, and Enter again continues.
 *
 * @example
 *   <PredictDialog key={gate.id} gate={gate}
 *     onAnswer={(a) => { if (a.firstTry) book.record(id, a.gateId, a.correct ? 'correct' : 'wrong'); if (a.correct) pass(a.gateId); }}
 *     onShowMe={(gateId) => { book.record(id, gateId, 'shown'); pass(gateId); }}
 *     onHighlight={(seq) => highlight(seq)} onClose={closeGate} />
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Gate } from '../../predict/gate';
import { MISCONCEPTIONS, type MisconceptionId } from '../../predict/misconceptions';
import { ChoiceRadios, type ChoiceMark } from './ChoiceRadios';
import { PresenterGate } from './PresenterGate';
import { useDialogFocus } from './useDialogFocus';
import { WhyDisclosure } from './WhyDisclosure';
import './predict.css';

export interface PredictAnswer {
  gateId: string;
  choiceId: string;
  correct: boolean;
  /** True for the gate's first Check: only that one counts for the score. */
  firstTry: boolean;
  /** The wrong model behind the answer; null when right. */
  misconception: MisconceptionId | null;
}

export interface PredictDialogProps {
  gate: Gate;
  presenter?: boolean;
  /** Every Check. A right answer passes the gate. */
  onAnswer(answer: PredictAnswer): void;
  /** Show me (or the teacher's reveal): passes the gate, counted as not answered right. */
  onShowMe(gateId: string): void;
  /** The feedback points at this trace event (`seq`): the timeline highlights it. */
  onHighlight?(seq: number): void;
  /** Continue, once the gate is passed. */
  onClose(): void;
}

type Outcome = { kind: 'right' | 'wrong' | 'shown'; choiceId: string };

export function PredictDialog(props: PredictDialogProps) {
  if (props.presenter) return <PresenterGate {...props} />;
  return <LearnerGate {...props} />;
}

function LearnerGate({ gate, onAnswer, onShowMe, onHighlight, onClose }: PredictDialogProps) {
  const ids = { title: useId(), question: useId() };
  const dialog = useRef<HTMLDivElement>(null);
  const continueButton = useRef<HTMLButtonElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [tries, setTries] = useState(0);
  const [hint, setHint] = useState('');
  const onKeyDown = useDialogFocus(dialog, () =>
    dialog.current?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]'),
  );
  const passed = outcome !== null && outcome.kind !== 'wrong';
  const right = gate.choices.find((c) => c.id === gate.correct)!;

  // Once passed, Check and Show me are gone: focus goes to Continue, not to the page.
  useEffect(() => {
    if (passed) continueButton.current?.focus();
  }, [passed]);
  const check = () => {
    if (passed) return;
    const choice = gate.choices.find((c) => c.id === selected);
    if (!choice) {
      setHint('Choose an answer first.');
      return;
    }
    setHint('');
    const correct = choice.id === gate.correct;
    onAnswer({
      gateId: gate.id,
      choiceId: choice.id,
      correct,
      firstTry: tries === 0,
      misconception: choice.misconception,
    });
    setTries(tries + 1);
    setOutcome({ kind: correct ? 'right' : 'wrong', choiceId: choice.id });
    onHighlight?.(gate.highlightSeq);
  };
  const showMe = () => {
    setSelected(gate.correct);
    setOutcome({ kind: 'shown', choiceId: gate.correct });
    onShowMe(gate.id);
    onHighlight?.(gate.highlightSeq);
  };

  const marks: Record<string, ChoiceMark> = {};
  if (outcome?.kind === 'wrong') marks[outcome.choiceId] = { symbol: '✗', text: 'not this one' };
  if (passed) marks[gate.correct] = { symbol: '✓', text: 'right answer' };

  return (
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby={ids.title}
      aria-describedby={ids.question}
      className="predict-dialog"
      tabIndex={-1}
      onKeyDown={(e) => {
        onKeyDown(e);
        // The page's playback keys (arrows, Space, Home, End) must not move the playhead under an open question.
        e.stopPropagation();
      }}
    >
      <h2 id={ids.title}>Predict</h2>
      <p id={ids.question} className="predict-question">
        {gate.question}
      </p>
      {gate.note && <p className="predict-note">{gate.note}</p>}
      <ChoiceRadios
        choices={gate.choices}
        labelledBy={ids.question}
        selected={selected}
        onSelect={(id) => !passed && setSelected(id)}
        onEnter={check}
        marks={marks}
      />
      <div role="status" aria-live="polite" className="predict-feedback">
        {hint}
        {outcome && <Feedback outcome={outcome} gate={gate} rightText={right.text} />}
      </div>
      {outcome && <WhyDisclosure key={outcome.choiceId} gate={gate} choiceId={outcome.choiceId} />}
      <div className="predict-actions">
        {passed ? (
          <button ref={continueButton} type="button" onClick={onClose}>
            Continue
          </button>
        ) : (
          <>
            <button type="button" className="predict-check" onClick={check}>
              Check
            </button>
            <button type="button" onClick={showMe}>
              Show me
            </button>
          </>
        )}
      </div>
    </div>
  );
}

function Feedback({
  outcome,
  gate,
  rightText,
}: {
  outcome: Outcome;
  gate: Gate;
  rightText: string;
}) {
  const choice = gate.choices.find((c) => c.id === outcome.choiceId)!;
  if (outcome.kind === 'right') return <p>✓ {choice.feedback}</p>;
  if (outcome.kind === 'shown')
    return (
      <p>
        The answer is {outcome.choiceId.toUpperCase()}: {rightText}. {choice.feedback}
      </p>
    );
  const name = choice.misconception ? MISCONCEPTIONS[choice.misconception].name : '';
  return (
    <>
      <p>✗ {choice.feedback}</p>
      {name && (
        <p className="predict-misconception">
          Misconception: “{name}”. Try again, or press Show me.
        </p>
      )}
    </>
  );
}
