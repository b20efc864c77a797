/**
 * A printable worksheet of a run: its title and a neutral description, a name/date line, the
 * program with line numbers, the timeline at 3–6 key moments with the Predict questions that
 * belong to each (empty boxes to tick, lines to explain why), and on a last page the answers
 * for the teacher with the final console. What goes on it is `worksheetPlan`'s choice; this
 * only lays it out (`worksheet.css` prints it black on white, pictures never split).
 *
 * @example <Worksheet run={run} />
 */
import { useId, useMemo } from 'react';
import { worksheetPlan } from '../../export/worksheetPlan';
import type { ScenarioRun } from '../../scenarios/types';
import { WorksheetPicture } from './WorksheetPicture';
import { WorksheetProgram } from './WorksheetProgram';
import { AnswerKeyItem, WorksheetQuestion } from './WorksheetQuestion';
import './worksheet.css';

export interface WorksheetProps {
  run: Pick<ScenarioRun, 'title' | 'trace' | 'cells'>;
}

export function Worksheet({ run }: WorksheetProps) {
  const plan = useMemo(() => worksheetPlan(run), [run]);
  const titleId = useId();
  const questions = plan.moments.flatMap((m) => m.questions);
  return (
    <article className="worksheet" aria-labelledby={titleId}>
      <header className="worksheet-head">
        <h1 id={titleId}>{plan.title}</h1>
        <p>{plan.description}</p>
        <p className="worksheet-how">
          Read the program. Each picture shows the timeline just before the moment it names: what
          has happened so far, not what comes next. Answer the questions below it.
        </p>
        <p className="worksheet-name">
          <span>Name:</span> <span className="worksheet-blank" /> <span>Date:</span>{' '}
          <span className="worksheet-blank worksheet-blank-short" />
        </p>
      </header>
      <section className="worksheet-program" aria-labelledby={`${titleId}-program`}>
        <h2 id={`${titleId}-program`}>The program</h2>
        <WorksheetProgram source={run.trace.source} cells={run.cells} />
      </section>
      {plan.moments.map((moment, i) => (
        <section key={moment.t} className="worksheet-moment" aria-labelledby={`${titleId}-m${i}`}>
          <div className="worksheet-figure">
            <h2 id={`${titleId}-m${i}`}>
              Moment {i + 1}: {moment.label.charAt(0).toLowerCase() + moment.label.slice(1)}
            </h2>
            <WorksheetPicture trace={run.trace} t={moment.t} label={moment.label} />
          </div>
          <ol className="worksheet-questions">
            {moment.questions.map((q) => (
              <WorksheetQuestion key={q.number} question={q} />
            ))}
          </ol>
        </section>
      ))}
      <section className="worksheet-answers" aria-labelledby={`${titleId}-answers`}>
        <h2 id={`${titleId}-answers`}>Answers for the teacher</h2>
        <ol className="worksheet-key">
          {questions.map((q) => (
            <AnswerKeyItem key={q.number} question={q} />
          ))}
        </ol>
        <h3>The console at the end</h3>
        <pre className="worksheet-console">
          {plan.finalConsole.length > 0 ? plan.finalConsole.join('\n') : '(nothing is printed)'}
        </pre>
      </section>
    </article>
  );
}
