import { Fragment, memo, useMemo, useRef, type ReactNode } from 'react';
import type { CellSpan } from '../../scenarios/types';
import type { CurrentLine } from '../../store/selectors/currentLines';
import type { ThreadInfo } from '../../store/selectors/threadsOf';
import { threadColor } from '../threadColor';
import { useLineInView } from './useLineInView';
import './code.css';

const NO_MARKERS: CurrentLine[] = [];

/**
 * The program, with line numbers, `In [n]:` prompts for notebook cells, and a marker on the
 * current line of every live thread in that thread's colour, named (never colour alone); a
 * parked thread's marker says so in words: "MainThread (blocked in as_completed())". Markers
 * never cover code: they sit beside it, or on a row of their own below it.
 * One line is the current one (`aria-current="step"`, kept in view): the line of the thread the
 * narration tells at this step (`current`), so the sentence and the pointer move together;
 * without it, the first marker's line.
 * Memoised: it renders when the current lines change, not on every frame of playback.
 *
 * @example <CodePanel source={trace.source} cells={run.cells} lines={snapshot.lines} threads={snapshot.threads} current={snapshot.current} />
 */
export const CodePanel = memo(function CodePanel(props: {
  source: string;
  cells: CellSpan[] | null;
  lines: CurrentLine[];
  threads: ThreadInfo[];
  /** The line the narration's thread is on (`currentLineOf`); null: none; absent: the first marker's. */
  current?: CurrentLine | null;
  /** Buttons for the heading row (the downloads). */
  actions?: ReactNode;
  /** Lines a "What if" changed (1-based): each carries a visible "changed" tag. */
  changed?: ReadonlySet<number>;
}) {
  const { source, cells, lines, threads, actions, changed } = props;
  const current = props.current === undefined ? (lines[0] ?? null) : props.current;
  const rows = useMemo(() => source.replace(/\n$/, '').split('\n'), [source]);
  const slot = useMemo(() => new Map(threads.map((th) => [th.name, th.slot])), [threads]);
  const cellAt = useMemo(() => new Map((cells ?? []).map((c) => [c.first, c.n])), [cells]);
  const markersAt = useMemo(() => {
    const map = new Map<number, CurrentLine[]>();
    for (const l of lines) map.set(l.line, [...(map.get(l.line) ?? []), l]);
    return map;
  }, [lines]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const currentLine = current?.line ?? null;
  useLineInView(scrollRef, currentLine);
  return (
    <section className="panel code-panel" aria-labelledby="code-heading">
      <div className="panel-head">
        <h2 id="code-heading">Code</h2>
        {actions}
      </div>
      <div
        className="code-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label="Source code"
      >
        <ol className="code-lines">
          {rows.map((text, i) => (
            <CodeLine
              key={i + 1}
              n={i + 1}
              text={text}
              cell={cellAt.get(i + 1)}
              here={markersAt.get(i + 1) ?? NO_MARKERS}
              isCurrent={currentLine === i + 1}
              slot={slot}
              changed={changed?.has(i + 1) ?? false}
            />
          ))}
        </ol>
      </div>
    </section>
  );
});

/** One source line with its prompt (if a cell starts here) and its threads' markers. */
const CodeLine = memo(function CodeLine({
  n,
  text,
  cell,
  here,
  isCurrent,
  slot,
  changed,
}: {
  n: number;
  text: string;
  cell: number | undefined;
  here: CurrentLine[];
  isCurrent: boolean;
  slot: ReadonlyMap<string, number>;
  changed: boolean;
}) {
  const first = here[0];
  const style =
    first !== undefined
      ? ({ '--marker': threadColor(slot.get(first.thread) ?? 0) } as React.CSSProperties)
      : undefined;
  return (
    <Fragment>
      {cell !== undefined && (
        <li className="code-prompt" aria-label={`In [${cell}]`}>
          In [{cell}]:
        </li>
      )}
      <li
        className={`code-line${first ? ` current ${first.activity}` : ''}${changed ? ' changed' : ''}`}
        style={style}
        aria-current={isCurrent ? 'step' : undefined}
        data-line={n}
      >
        <span className="code-main">
          <span className="code-no" aria-hidden="true">
            {n}
          </span>
          <code className="code-text">{text || ' '}</code>
          {changed && <span className="code-changed">changed</span>}
        </span>
        {here.length > 0 && (
          <span className="code-markers">
            {here.map((l) => (
              <span
                key={l.thread}
                className={`code-marker ${l.activity}`}
                style={{ '--marker': threadColor(slot.get(l.thread) ?? 0) } as React.CSSProperties}
              >
                <span aria-hidden="true">{l.activity === 'running' ? '◀ ' : '◁ '}</span>
                {l.thread}
                {l.activity !== 'running' ? ` (${l.label})` : ''}
              </span>
            ))}
          </span>
        )}
      </li>
    </Fragment>
  );
});
