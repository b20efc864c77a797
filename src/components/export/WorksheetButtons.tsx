/**
 * "Print worksheet" and "Preview worksheet" in the Share & export menu, for the run on screen
 * (the Lab with its current parameters). The sheet itself loads only when asked for; what
 * happens is said in a status line (preparing, a failure to load, closed).
 *
 * @example <WorksheetButtons />
 */
import { useRef, useState } from 'react';
import { usePlayer } from '../../store/PlayerProvider';
import { selectRun } from '../../store/selectors/player';
import type { WorksheetMode } from './WorksheetHost';

type HostModule = typeof import('./WorksheetHost');

export function WorksheetButtons() {
  const run = usePlayer(selectRun);
  const [open, setOpen] = useState<{ mode: WorksheetMode; module: HostModule } | null>(null);
  const [status, setStatus] = useState('');
  const opener = useRef<HTMLButtonElement | null>(null);

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
  const Host = open?.module.WorksheetHost;
  return (
    <>
      <button type="button" onClick={(e) => show('print', e.currentTarget)}>
        Print worksheet
      </button>
      <button type="button" onClick={(e) => show('preview', e.currentTarget)}>
        Preview worksheet
      </button>
      <span role="status" className="sr-only">
        {status}
      </span>
      {Host && open && <Host run={run} mode={open.mode} onClose={close} />}
    </>
  );
}
