import { useRef, useState } from 'react';
import { usePlayerStore } from '../../store/PlayerProvider';
import { saveBlob } from '../download/saveBlob';
import { pageTheme } from './pageTheme';
import './frameExport.css';

/**
 * **Export SVG** and **Export PNG**: the frame at the playhead (timeline, code, console, and a
 * teacher's `note=` when the link has one) saved as a file named for the scenario and the moment. The
 * drawing code loads on the first click; a status line says what was saved, or why not.
 *
 * @example <FrameExport />
 */
export function FrameExport() {
  const store = usePlayerStore();
  // Still focusable while a file is drawn (a disabled button would drop the focus): a second
  // press is ignored instead.
  const busy = useRef(false);
  const [drawing, setDrawing] = useState(false);
  const [status, setStatus] = useState('');
  const save = async (kind: 'svg' | 'png') => {
    const s = store.getState();
    if (!s.run) {
      setStatus('Nothing to export yet: no program is loaded.');
      return;
    }
    if (busy.current) return;
    busy.current = true;
    setDrawing(true);
    setStatus(`Drawing the ${kind.toUpperCase()}…`);
    try {
      const { frameFile } = await import('../../export/frameFile');
      const { name, blob } = await frameFile(
        kind,
        {
          trace: s.run.trace,
          title: s.run.title,
          cells: s.run.cells,
          t: s.t,
          cut: s.cut,
          view: s.view,
          theme: pageTheme(),
          note: s.note,
        },
        s.run.id,
      );
      saveBlob(name, blob);
      setStatus(`Saved ${name}`);
    } catch (error) {
      setStatus(
        `Could not export the ${kind.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      busy.current = false;
      setDrawing(false);
    }
  };
  return (
    <div className="export-frame" role="group" aria-label="Export this frame">
      <div className="export-frame-buttons">
        <button type="button" aria-disabled={drawing} onClick={() => void save('svg')}>
          Export SVG
        </button>
        <button type="button" aria-disabled={drawing} onClick={() => void save('png')}>
          Export PNG
        </button>
      </div>
      <p className="export-hint">This frame as it is now; PNG at 2× for slides.</p>
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}
