/**
 * The answers as a `radiogroup`: arrow keys move the choice (and focus), Space picks the focused
 * one, Enter asks to check. The picked answer shows a filled mark (●) and its letter, so nothing
 * depends on colour.
 *
 * @example <ChoiceRadios choices={gate.choices} labelledBy="q1" selected={id} onSelect={setId} onEnter={check} />
 */
import { useRef, type KeyboardEvent } from 'react';
import type { Choice } from '../../predict/gate';

export interface ChoiceMark {
  /** Words after the answer once it is known: "right answer", "not this one". */
  text: string;
  symbol: string;
}

export function ChoiceRadios(props: {
  choices: Choice[];
  labelledBy: string;
  selected: string | null;
  onSelect(id: string): void;
  onEnter(): void;
  marks?: Record<string, ChoiceMark>;
}) {
  const { choices, selected, onSelect, onEnter, marks } = props;
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  const focusIndex = Math.max(
    0,
    choices.findIndex((c) => c.id === selected),
  );
  const move = (from: number, by: number) => {
    const i = (from + by + choices.length) % choices.length;
    onSelect(choices[i]!.id);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(i, 1),
      ArrowRight: () => move(i, 1),
      ArrowUp: () => move(i, -1),
      ArrowLeft: () => move(i, -1),
      ' ': () => onSelect(choices[i]!.id),
      Enter: onEnter,
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  return (
    <div role="radiogroup" aria-labelledby={props.labelledBy} className="predict-choices">
      {choices.map((c, i) => {
        const checked = c.id === selected;
        const mark = marks?.[c.id];
        return (
          <div
            key={c.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="radio"
            aria-checked={checked}
            tabIndex={i === focusIndex ? 0 : -1}
            className={`predict-choice${checked ? ' is-checked' : ''}`}
            onClick={() => onSelect(c.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <span aria-hidden="true" className="predict-choice-dot">
              {checked ? '●' : '○'}
            </span>
            <span className="predict-choice-letter">{c.id.toUpperCase()}.</span>
            <span className="predict-choice-text">{c.text}</span>
            {mark && (
              <span className="predict-choice-mark">
                <span aria-hidden="true">{mark.symbol} </span>
                {mark.text}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
