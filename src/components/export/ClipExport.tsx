/**
 * **Export video** and **Export GIF** in the Share & export menu: which stretch (the zoom
 * window or the whole run), how fast (1×, 2×, 4× virtual seconds per second), then a progress
 * bar with **Cancel** while the clip is made, and a status line that says what was saved.
 *
 * @example <ClipExport />
 */
import { useEffect, useRef, useState } from 'react';
import type { ClipRangeChoice, ClipSpeed } from '../../export/clipPlan';
import { usePlayer } from '../../store/PlayerProvider';
import { useClipJob, type ClipKind } from './useClipJob';
import './clipExport.css';

const SPEEDS: readonly ClipSpeed[] = [1, 2, 4];
const WHAT: Record<ClipKind, string> = { video: 'Video', gif: 'GIF' };

export function ClipExport() {
  const zoomed = usePlayer((s) => s.view !== null);
  const [choice, setChoice] = useState<ClipRangeChoice>('window');
  const [speed, setSpeed] = useState<ClipSpeed>(2);
  const { job, status, start, cancel } = useClipJob();
  const starter = useRef<HTMLButtonElement | null>(null);
  // Without a zoom window the timeline shows the whole run: that is what "window" records.
  const range: ClipRangeChoice = zoomed ? choice : 'run';

  const run = (kind: ClipKind, button: HTMLButtonElement) => {
    starter.current = button;
    void start(kind, range, speed);
  };
  // When a clip ends, the Cancel button that had the focus is gone: the focus goes back to the
  // button that started it (once the fieldset is enabled again), unless the reader moved on.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (job === null && lost) starter.current?.focus();
  }, [job]);

  return (
    <div className="clip-export">
      {/* Disabled while a clip is made: one at a time. Cancel stays outside it. */}
      <fieldset disabled={job !== null}>
        <legend>Clip (video or GIF)</legend>
        <div role="radiogroup" aria-label="Clip range" className="clip-export-row">
          {(['window', 'run'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="clip-range"
                value={value}
                checked={range === value}
                disabled={value === 'window' && !zoomed}
                onChange={() => setChoice(value)}
              />
              {value === 'window' ? 'Zoom window' : 'Whole run'}
            </label>
          ))}
        </div>
        <label className="clip-export-row">
          Clip speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as ClipSpeed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <div className="clip-export-row">
          <button type="button" onClick={(e) => run('video', e.currentTarget)}>
            Export video
          </button>
          <button type="button" onClick={(e) => run('gif', e.currentTarget)}>
            Export GIF
          </button>
        </div>
      </fieldset>
      {job && (
        <div className="clip-export-row">
          <progress
            max={100}
            value={job.percent}
            aria-label={`${WHAT[job.kind]} export progress`}
          />
          <span aria-hidden="true">{job.percent}%</span>
          {/* The focus was on a button the fieldset now disables: it moves here, a key from stopping. */}
          <button type="button" onClick={cancel} autoFocus>
            Cancel
          </button>
        </div>
      )}
      <p role="status" className="clip-export-status">
        {status}
      </p>
    </div>
  );
}
