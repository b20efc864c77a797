/**
 * One "What if" question: the change, what the program printed before it, and the consoles to
 * choose from. The learner commits to one (Check), reads the feedback, then presses **Run it**
 * to play the variation. The answer is never on screen before the learner commits.
 *
 * @example <WhatIfQuestion whatIf={whatIfs[0]} onRun={(w) => play(w)} />
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Choice } from '../../predict/gate';
import type { WhatIf } from '../../predict/whatIf';
import { ChoiceRadios, type ChoiceMark } from '../predict/ChoiceRadios';

const LETTERS = 'abcdefgh';

/** A console as a choice's text: its lines, or words when it prints nothing. */
const consoleAsText = (lines: readonly string[]) =>
  lines.length === 0 ? '(nothing is printed)' : lines.join('\n');

/** The changed lines of the variation's code, as the learner reads them. */
function changedCode(w: WhatIf): string {
  const rows = w.after.source.split('\n');
  return w.changedLines.map((n) => rows[n - 1] ?? '').join('\n');
}

export function WhatIfQuestion({ whatIf, onRun }: { whatIf: WhatIf; onRun(w: WhatIf): void }) {
  const ids = useId();
  const choices: Choice[] = useMemo(
    () =>
      whatIf.choices.map((c, i) => ({
        id: LETTERS[i]!,
        text: consoleAsText(c.lines),
        misconception: null,
        feedback: c.feedback,
      })),
    [whatIf],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [committed, setCommitted] = useState<string | null>(null);
  const picked = committed === null ? -1 : choices.findIndex((c) => c.id === committed);
  const right = picked >= 0 && whatIf.choices[picked]!.correct;
  const runButton = useRef<HTMLButtonElement>(null);
  // Check gives way to Run it: focus follows, so the keyboard is not left on nothing.
  useEffect(() => {
    if (committed !== null) runButton.current?.focus();
  }, [committed]);
  const check = () => {
    if (selected !== null && committed === null) setCommitted(selected);
  };
  // Once committed, the picked answer says whether it was right; the others stay unmarked
  // until Run it shows the console itself.
  const marks: Record<string, ChoiceMark> | undefined =
    committed === null
      ? undefined
      : {
          [committed]: right
            ? { symbol: '✓', text: 'right' }
            : { symbol: '✗', text: 'not this one' },
        };
  return (
    <article className="what-if-question" aria-labelledby={`${ids}-q`}>
      <h3 id={`${ids}-q`}>{whatIf.question}</h3>
      {whatIf.via === 'lab' && (
        <p className="what-if-via">
          Played as a Lab program: this scenario&apos;s requests, one Timer each.
        </p>
      )}
      <figure className="what-if-figure" aria-labelledby={`${ids}-before`}>
        <figcaption id={`${ids}-before`}>Before the change, the program printed:</figcaption>
        <pre className="what-if-console">{consoleAsText(whatIf.before.console)}</pre>
      </figure>
      <figure className="what-if-figure" aria-labelledby={`${ids}-change`}>
        <figcaption id={`${ids}-change`}>The change:</figcaption>
        <pre className="what-if-code">
          <code>{changedCode(whatIf)}</code>
        </pre>
      </figure>
      <p id={`${ids}-ask`} className="what-if-ask">
        What will the console print now?
      </p>
      <ChoiceRadios
        choices={choices}
        labelledBy={`${ids}-ask`}
        selected={committed ?? selected}
        onSelect={(id) => committed === null && setSelected(id)}
        onEnter={check}
        marks={marks}
      />
      <div className="what-if-actions">
        {committed === null ? (
          <button type="button" onClick={check} disabled={selected === null}>
            Check
          </button>
        ) : (
          <button type="button" ref={runButton} onClick={() => onRun(whatIf)}>
            Run it
          </button>
        )}
      </div>
      <p role="status" className="what-if-feedback">
        {committed === null
          ? ''
          : right
            ? `Right. ${whatIf.explanation}`
            : `Not this one. ${whatIf.choices[picked]!.feedback} Press Run it to see what it prints.`}
      </p>
    </article>
  );
}
