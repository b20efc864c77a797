/**
 * One clip export at a time for this player: starts a video or GIF (its code loaded on the
 * first click), tracks its progress, cancels it, saves the file and says what happened.
 * Reads the player once at the start: recording never moves the learner's playhead.
 *
 * @example
 *   const clip = useClipJob();
 *   clip.start('video', 'run', 2);  …  clip.cancel();
 *   // clip.job: { kind: 'video', percent: 42 } while it runs; clip.status: 'Saved …'
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { clipErrorText, isCancelled } from '../../export/clipErrors';
import {
  clipPercent,
  clipRange,
  type ClipRangeChoice,
  type ClipSpeed,
} from '../../export/clipPlan';
import type { ClipFile, ClipRequest } from '../../export/clipRequest';
import { usePlayerStore } from '../../store/PlayerProvider';
import { fileSize } from './fileSize';
import { saveBlob } from '../download/saveBlob';
import { pageTheme } from './pageTheme';

export type ClipKind = 'video' | 'gif';

export interface ClipJob {
  kind: ClipKind;
  percent: number;
}

// Loaded on the first click of each button: neither is part of the first screen's script.
const exporters: Record<ClipKind, () => Promise<(r: ClipRequest) => Promise<ClipFile>>> = {
  video: () => import('../../export/exportVideo').then((m) => m.exportVideo),
  gif: () => import('../../export/exportGif').then((m) => m.exportGif),
};

/** The theme the page shows now (`useTheme` keeps it on `<html>`), for the clip's colours. */
export function useClipJob() {
  const store = usePlayerStore();
  const [job, setJob] = useState<ClipJob | null>(null);
  const [status, setStatus] = useState('');
  const controller = useRef<AbortController | null>(null);
  // A player that goes away (another scenario's page) stops its recording.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (kind: ClipKind, choice: ClipRangeChoice, speed: ClipSpeed) => {
      const { run, view, note } = store.getState();
      if (!run || controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      const range = clipRange(choice, run.trace.end, view);
      setJob({ kind, percent: 0 });
      setStatus(kind === 'video' ? 'Recording the video…' : 'Making the GIF…');
      try {
        const make = await exporters[kind]();
        const file = await make({
          subject: { run, view: choice === 'window' ? view : null, theme: pageTheme(), note },
          range,
          speed,
          signal: abort.signal,
          onProgress: (f) => setJob({ kind, percent: clipPercent(f) }),
        });
        if (abort.signal.aborted) throw new DOMException('Cancelled', 'AbortError');
        saveBlob(file.fileName, file.blob);
        const saved = `Saved ${file.fileName} (${fileSize(file.blob.size)}).`;
        setStatus(file.note ? `${saved} ${file.note}` : saved);
      } catch (e) {
        setStatus(isCancelled(e) ? 'Cancelled: nothing was saved.' : clipErrorText(e));
      } finally {
        controller.current = null;
        setJob(null);
      }
    },
    [store],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { job, status, start, cancel };
}
