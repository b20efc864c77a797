/**
 * One question as the printed sheet asks it, and as the answer key answers it. The question
 * reads as the Predict dialog words it; its choices are empty boxes with the dialog's letters
 * (`☐ A. Thread-1`), and ruled lines follow for the answer and the reason why.
 *
 * @example <WorksheetQuestion question={q} />  <AnswerKeyItem question={q} />
 */
import type { SheetQuestion } from '../../export/worksheetPlan';

/** Blank lines to write on: decoration on paper, so a screen reader hears the label alone. */
function RuledLines({ label, count }: { label: string; count: number }) {
  return (
    <div className="worksheet-write">
      <span className="worksheet-write-label">{label}</span>
      <span className="worksheet-rules" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <span key={i} className="worksheet-rule" />
        ))}
      </span>
    </div>
  );
}

export function WorksheetQuestion({ question }: { question: SheetQuestion }) {
  const open = question.choices.length === 0;
  return (
    <li className="worksheet-question" value={question.number}>
      <p className="worksheet-question-text">{question.text}</p>
      {question.note && <p className="worksheet-note">{question.note}</p>}
      {!open && (
        <ul className="worksheet-choices" aria-label={`Choices for question ${question.number}`}>
          {question.choices.map((c) => (
            <li key={c.letter}>
              <span className="worksheet-box" aria-hidden="true">
                ☐
              </span>{' '}
              <span className="worksheet-letter">{c.letter}.</span> {c.text}
            </li>
          ))}
        </ul>
      )}
      {open ? <RuledLines label="Your answer:" count={4} /> : <RuledLines label="Why?" count={2} />}
    </li>
  );
}

export function AnswerKeyItem({ question }: { question: SheetQuestion }) {
  const { answer } = question;
  return (
    <li className="worksheet-key-item" value={question.number}>
      <p className="worksheet-question-text">{question.text}</p>
      {answer.kind === 'choice' ? (
        <>
          <p>
            <strong>
              Answer: {answer.letter}. {answer.text}
            </strong>
          </p>
          <p>Why: {answer.feedback}</p>
        </>
      ) : answer.lines.length > 0 ? (
        <>
          <p>
            <strong>Answer:</strong>
          </p>
          <pre className="worksheet-console">{answer.lines.join('\n')}</pre>
        </>
      ) : (
        <p>
          <strong>Answer:</strong> nothing is printed.
        </p>
      )}
    </li>
  );
}
