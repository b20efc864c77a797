/**
 * Says, for screen readers and in words on screen, what a played "What if" changed: how many
 * code lines and console lines carry a "changed" tag. Always mounted (an empty `role=status`),
 * so the sentence is announced when a variation starts playing.
 *
 * @example <WhatIfStatus question="What if the pool had 1 worker instead of 2?" codeLines={1} consoleLines={5} />
 */
import './whatIf.css';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export function WhatIfStatus(
  props: { question: string; codeLines: number; consoleLines: number } | { question: null },
) {
  return (
    <p role="status" className={`what-if-status${props.question === null ? ' is-empty' : ''}`}>
      {props.question === null
        ? ''
        : `${props.question} Playing the changed program: ${count(props.codeLines, 'code line')} and ${count(props.consoleLines, 'console line')} differ from before, each tagged “changed”.`}
    </p>
  );
}
