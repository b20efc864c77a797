import { memo, useMemo, useRef } from 'react';
import type { ConsoleLine } from '../../store/selectors/consoleLinesAt';
import type { ThreadInfo } from '../../store/selectors/threadsOf';
import { threadColor } from '../threadColor';
import { useStickToBottom } from './useStickToBottom';
import './console.css';

/**
 * What the program printed by now: one element per line, the thread (and callback) that
 * printed it beside it, stderr marked by a label and a border as well as colour, displayed
 * values with their `Out[n]:` prompt. The newest line is highlighted; lines of the event a
 * Predict answer points at (`marked`, by seq) carry a visible "◆ highlighted" tag, or
 * `markText` when another reason marks them (a comparison's "≠ differs").
 * Memoised, as is each line: a new print renders the new line and the previous newest only.
 *
 * @example <ConsolePanel lines={snapshot.console} threads={snapshot.threads} />
 */
export const ConsolePanel = memo(function ConsolePanel({
  lines,
  threads,
  marked,
  changed,
  markText = '◆ highlighted',
}: {
  lines: ConsoleLine[];
  threads: ThreadInfo[];
  marked?: ReadonlySet<number>;
  /** Places (0-based) of lines that differ from the run before a "What if": tagged "changed". */
  changed?: ReadonlySet<number>;
  /** The visible tag of a marked line (compare says "≠ differs"). */
  markText?: string;
}) {
  const slot = useMemo(() => new Map(threads.map((th) => [th.name, th.slot])), [threads]);
  const endRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  useStickToBottom(endRef, listRef, lines.length); // keep the newest line in view
  return (
    <section className="panel console-panel" aria-labelledby="console-heading">
      <h2 id="console-heading">Console</h2>
      {lines.length === 0 && <p className="console-empty">Nothing printed yet.</p>}
      <div className="console-lines" role="log" aria-label="Console" ref={endRef} tabIndex={0}>
        <ol ref={listRef}>
          {lines.map((l, i) => (
            <ConsoleRow
              key={l.key}
              line={l}
              newest={i === lines.length - 1}
              mark={marked?.has(l.seq) ? markText : null}
              changed={changed?.has(i) ?? false}
              color={threadColor(slot.get(l.thread) ?? 0)}
            />
          ))}
        </ol>
      </div>
    </section>
  );
});

/** One printed line. */
const ConsoleRow = memo(function ConsoleRow({
  line: l,
  newest,
  mark,
  changed = false,
  color,
}: {
  line: ConsoleLine;
  newest: boolean;
  /** The visible tag of a marked line; null when it is not marked. */
  mark: string | null;
  changed?: boolean;
  color: string;
}) {
  return (
    <li
      className={`console-line stream-${l.stream}${newest ? ' newest' : ''}${mark ? ' marked' : ''}${changed ? ' changed' : ''}`}
      data-stream={l.stream}
      style={{ '--thread': color } as React.CSSProperties}
    >
      {mark && <span className="console-tag console-marked">{mark}</span>}
      {changed && <span className="console-tag console-changed">changed</span>}
      {l.stream === 'stderr' && <span className="console-tag">stderr</span>}
      {l.stream === 'display' && <span className="console-out">Out[{l.cell}]:</span>}
      <span className="console-text">{l.text}</span>
      <span className="console-from">
        <span aria-hidden="true">← </span>
        {l.thread}
        {l.callbackName ? ` · ${l.callbackName}` : ''}
      </span>
    </li>
  );
});
