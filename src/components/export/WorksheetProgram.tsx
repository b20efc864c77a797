/**
 * The program on a worksheet: the scenario's Python source with line numbers, monospace, as the
 * code panel numbers it (the questions and the timeline speak of the same lines). A notebook
 * scenario's cells are marked `In [n]:` above their first line, without taking a number.
 *
 * @example <WorksheetProgram source={run.trace.source} cells={run.cells} />
 */
import { Fragment } from 'react';
import type { CellSpan } from '../../scenarios/types';

export function WorksheetProgram({
  source,
  cells,
}: {
  source: string;
  cells: readonly CellSpan[] | null;
}) {
  const lines = source.replace(/\n$/, '').split('\n');
  const cellAt = new Map((cells ?? []).map((c) => [c.first, c.n]));
  return (
    <pre className="worksheet-code">
      <code>
        {lines.map((text, i) => {
          const n = i + 1;
          const cell = cellAt.get(n);
          return (
            <Fragment key={n}>
              {cell !== undefined && <span className="worksheet-cell">{`In [${cell}]:\n`}</span>}
              <span className="worksheet-code-line">
                <span className="worksheet-ln" aria-hidden="true">
                  {n}
                </span>
                {`${text}\n`}
              </span>
            </Fragment>
          );
        })}
      </code>
    </pre>
  );
}
