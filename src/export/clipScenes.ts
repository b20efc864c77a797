/**
 * The frames of a clip: the player's picture (`frameScene`: timeline, code, console) at any
 * instant, from a subject captured once when the export starts, so the learner's playhead
 * never moves and a change on the page during a recording does not change the clip.
 *
 * @example
 *   const sceneAt = clipSceneAt({ run, view: null, theme: 'light' }, 1280);
 *   sceneAt(fromSeconds(8)).title; // 'fetch_square: … at 8.000 s'
 */
import type { VirtualUs } from '../core/trace';
import type { TimeWindow } from '../layout/zoomWindow';
import type { ScenarioRun } from '../scenarios/types';
import { frameScene, type FrameNote } from './frameScene';
import type { Scene, SceneTheme } from './scene';

export interface ClipSubject {
  run: Pick<ScenarioRun, 'trace' | 'title' | 'cells' | 'id'>;
  /** The zoom window the timeline shows in every frame; null for the whole run. */
  view: TimeWindow | null;
  theme: SceneTheme;
  /** A teacher's note (`note=`), drawn in every frame as Export SVG draws it; absent for none. */
  note?: FrameNote | null;
}

/**
 * `width`: the frame's, in pixels. Every frame shows the whole instant it lands on (no step
 * cut): a clip moves by time, as Play does.
 */
export function clipSceneAt(subject: ClipSubject, width: number): (t: VirtualUs) => Scene {
  const { run, view, theme, note = null } = subject;
  return (t) =>
    frameScene({
      trace: run.trace,
      title: run.title,
      cells: run.cells,
      t,
      view,
      theme,
      width,
      note,
    });
}
