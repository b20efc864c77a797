/**
 * The playground: the learner's own Python, run on CPython (Pyodide) in virtual time. Its
 * trace goes to `onTrace`, to be shown like any built-in scenario.
 *
 * @example
 *   <Playground initialSource={codeFromLink} onTrace={(trace, source) => store.show(trace, source)} />
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Trace } from '../../core/trace';
import {
  CANCELLED_MESSAGE,
  cancelPlayground,
  isErrorReport,
  preparePlayground,
  runPython,
} from '../../playground/bridge';
import { hasJspi, UNSUPPORTED_MESSAGE, type ErrorReport } from '../../playground/report';
import { SEED_PROGRAM } from '../../playground/seed-program';
import { PlaygroundMessage } from './PlaygroundMessage';
import './playground.css';

const PythonEditor = lazy(() => import('./PythonEditor'));

export interface PlaygroundProps {
  /** Receives each finished run's trace with the source it ran. */
  onTrace: (trace: Trace, source: string) => void;
  /** The program to start with (a `code=` link); the seed's fetch_square program if absent. */
  initialSource?: string;
  /** Told of every edit, e.g. to keep `code=` in the link current. */
  onSourceChange?: (source: string) => void;
  /** Run the initial program once as soon as the runtime is ready (a shared link shows its run). */
  autoRun?: boolean;
}

type Phase = 'loading' | 'ready' | 'running' | 'cancelled';

export default function Playground({
  onTrace,
  initialSource,
  onSourceChange,
  autoRun = false,
}: PlaygroundProps) {
  const [source, setSource] = useState(initialSource ?? SEED_PROGRAM);
  const [phase, setPhase] = useState<Phase>('loading');
  const [progress, setProgress] = useState(0);
  const [problem, setProblem] = useState<ErrorReport | null>(null);
  const supported = hasJspi(globalThis.WebAssembly ?? {});

  useEffect(() => {
    if (!supported) return;
    let live = true;
    void preparePlayground((fraction) => live && setProgress(fraction)).then((report) => {
      if (!live) return;
      // Cancel is the learner's own choice: said in the bar, not as an error.
      if (report?.message === CANCELLED_MESSAGE) {
        setProgress(0);
        return setPhase('cancelled');
      }
      setProblem(report);
      setPhase('ready');
    });
    return () => {
      live = false;
    };
  }, [supported]);

  const edit = useCallback(
    (next: string) => {
      setSource(next);
      onSourceChange?.(next);
    },
    [onSourceChange],
  );

  const run = useCallback(async () => {
    if (phase === 'running' || !supported) return;
    setPhase('running');
    setProblem(null);
    const result = await runPython(source, { onProgress: setProgress });
    if (isErrorReport(result) && result.message === CANCELLED_MESSAGE) {
      setProgress(0);
      setPhase('cancelled');
      return;
    }
    setPhase('ready');
    if (isErrorReport(result)) {
      setProblem(result);
      if (result.kind === 'budget' && result.trace) onTrace(result.trace, source);
    } else {
      onTrace(result, source);
    }
  }, [phase, supported, source, onTrace]);

  const autoRan = useRef(false);
  useEffect(() => {
    if (!autoRun || autoRan.current || phase !== 'ready' || problem) return;
    autoRan.current = true;
    void run();
  }, [autoRun, phase, problem, run]);

  if (!supported) {
    return (
      <section className="playground" aria-label="Your own Python">
        <p role="status">{UNSUPPORTED_MESSAGE}</p>
        <DownloadPython source={source} />
      </section>
    );
  }

  const errorLine = problem?.kind === 'syntax' ? problem.line : null;
  return (
    <section className="playground" aria-label="Your own Python">
      <Suspense fallback={<p>Loading the editor…</p>}>
        <PythonEditor
          value={source}
          onChange={edit}
          onRun={() => void run()}
          errorLine={errorLine}
          label="Python program"
        />
      </Suspense>
      <div className="playground-bar">
        <button type="button" onClick={() => void run()} disabled={phase === 'running'}>
          {phase === 'running' ? 'Running…' : 'Run'}
        </button>
        <span className="playground-hint">Ctrl+Enter</span>
        {(phase === 'loading' || (phase === 'running' && progress < 1)) && (
          <span className="playground-progress">
            <label>
              Loading Python… <span aria-hidden="true">{Math.floor(progress * 100)}%</span>
              <progress max={1} value={progress} aria-label="Loading the Python runtime" />
            </label>
            <button type="button" onClick={cancelPlayground}>
              Cancel
            </button>
          </span>
        )}
        {phase === 'cancelled' && <span role="status">{CANCELLED_MESSAGE}</span>}
        <DownloadPython source={source} />
      </div>
      {problem && <PlaygroundMessage report={problem} />}
    </section>
  );
}

/** The program as a .py file, to run with python3 where the playground cannot. */
function DownloadPython({ source }: { source: string }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/x-python' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'main.py';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="playground-download" onClick={download}>
      Download Python
    </button>
  );
}
