import { useEffect, useRef } from 'react';
import type { ConsoleLine } from '../../store/selectors/consoleLinesAt';
import type { ThreadInfo } from '../../store/selectors/threadsOf';
import { threadColor } from '../futureState';
import './console.css';

/**
 * What the program printed by now: one element per line, the thread (and callback) that
 * printed it beside it, stderr marked by a label and a border as well as colour, displayed
 * values with their `Out[n]:` prompt. The newest line is highlighted; lines of the event a
 * Predict answer points at (`marked`, by seq) carry a visible "◆ highlighted" tag.
 *
 * @example <ConsolePanel lines={snapshot.console} threads={snapshot.threads} />
 */
export function ConsolePanel({
  lines,
  threads,
  marked,
}: {
  lines: ConsoleLine[];
  threads: ThreadInfo[];
  marked?: ReadonlySet<number>;
}) {
  const slot = new Map(threads.map((th) => [th.name, th.slot]));
  const endRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = endRef.current;
    if (el) el.scrollTop = el.scrollHeight; // keep the newest line in view
  }, [lines.length]);
  return (
    <section className="panel console-panel" aria-labelledby="console-heading">
      <h2 id="console-heading">Console</h2>
      {lines.length === 0 && <p className="console-empty">Nothing printed yet.</p>}
      <div className="console-lines" role="log" aria-label="Console" ref={endRef} tabIndex={0}>
        <ol>
          {lines.map((l, i) => (
            <li
              key={l.key}
              className={`console-line stream-${l.stream}${i === lines.length - 1 ? ' newest' : ''}${marked?.has(l.seq) ? ' marked' : ''}`}
              data-stream={l.stream}
              style={{ '--thread': threadColor(slot.get(l.thread) ?? 0) } as React.CSSProperties}
            >
              {marked?.has(l.seq) && (
                <span className="console-tag console-marked">◆ highlighted</span>
              )}
              {l.stream === 'stderr' && <span className="console-tag">stderr</span>}
              {l.stream === 'display' && <span className="console-out">Out[{l.cell}]:</span>}
              <span className="console-text">{l.text}</span>
              <span className="console-from">
                <span aria-hidden="true">← </span>
                {l.thread}
                {l.callbackName ? ` · ${l.callbackName}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
