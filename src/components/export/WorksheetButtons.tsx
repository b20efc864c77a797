/**
 * "Print worksheet" and "Preview worksheet" in the Share & export menu, for the run on screen
 * (the Lab with its current parameters). The sheet itself loads only when asked for; what
 * happens is said in a status line (preparing, a failure to load, closed).
 *
 * @example <WorksheetButtons />
 */
import { useId, useRef, useState } from 'react';
import { usePlayer } from '../../store/PlayerProvider';
import { selectRun } from '../../store/selectors/player';
import type { WorksheetMode } from './WorksheetHost';

type HostModule = typeof import('./WorksheetHost');

export function WorksheetButtons() {
  const run = usePlayer(selectRun);
  const [open, setOpen] = useState<{ mode: WorksheetMode; module: HostModule } | null>(null);
  const [status, setStatus] = useState('');
  const opener = useRef<HTMLButtonElement | null>(null);
  const hintId = useId();

  const show = (mode: WorksheetMode, button: HTMLButtonElement) => {
    opener.current = button;
    setStatus('Preparing the worksheet…');
    import('./WorksheetHost').then(
      (module) => {
        setStatus(mode === 'print' ? 'Worksheet ready: printing.' : 'Worksheet preview open.');
        setOpen({ mode, module });
      },
      (e: unknown) =>
        setStatus(`The worksheet could not load (${String(e)}). Reload the page to try again.`),
    );
  };
  const close = () => {
    setOpen(null);
    setStatus('Worksheet closed.');
    opener.current?.focus();
  };

  if (!run) return null;
  // The playground before its first run has no trace yet: nothing to draw or to ask about.
  const empty = run.trace.events.length === 0;
  const describedBy = empty ? hintId : undefined;
  const Host = open?.module.WorksheetHost;
  return (
    <>
      <button
        type="button"
        disabled={empty}
        aria-describedby={describedBy}
        onClick={(e) => show('print', e.currentTarget)}
      >
        Print worksheet
      </button>
      <button
        type="button"
        disabled={empty}
        aria-describedby={describedBy}
        onClick={(e) => show('preview', e.currentTarget)}
      >
        Preview worksheet
      </button>
      {empty && (
        <small id={hintId}>Run your program first: a worksheet is drawn from its run.</small>
      )}
      <span role="status" className="sr-only">
        {status}
      </span>
      {Host && open && <Host run={run} mode={open.mode} onClose={close} />}
    </>
  );
}
