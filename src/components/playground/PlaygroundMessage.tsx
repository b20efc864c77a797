/**
 * Why a run gave no (complete) trace, in words; Python's own text shown as text, never HTML.
 *
 * @example
 *   <PlaygroundMessage report={{ kind: 'syntax', message: "SyntaxError: expected ':'", line: 2, column: 8, text }} />
 */
import type { ErrorReport } from '../../playground/report';

export function PlaygroundMessage({ report }: { report: ErrorReport }) {
  if (report.kind === 'syntax') {
    return (
      <div role="alert" className="playground-message">
        <p>
          {report.message}
          {report.line !== null ? ` (line ${report.line})` : ''}
        </p>
        <pre>{report.text}</pre>
      </div>
    );
  }
  return (
    <div role="alert" className="playground-message">
      <p>{report.message}</p>
    </div>
  );
}
