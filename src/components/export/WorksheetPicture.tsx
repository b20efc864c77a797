/**
 * A worksheet's picture of the timeline at one moment: the scene engineer's `timelineScene`
 * drawn as React SVG (`<SceneSvg>`), always in the light palette, since paper is white whatever
 * the page's theme. The timeline at `t` draws only what has happened by `t`, so a picture held
 * just before a gate never shows its answer.
 *
 * @example <WorksheetPicture trace={run.trace} t={moment.t} label="Just before 8.009 s" />
 */
import { useMemo } from 'react';
import type { Trace } from '../../core/trace';
import { timelineScene } from '../../export/timelineScene';
import { SceneSvg } from './SceneSvg';

/** The picture's width in scene pixels: about A4's or Letter's text width at 15 mm margins. */
export const PICTURE_WIDTH = 720;

export function WorksheetPicture({ trace, t, label }: { trace: Trace; t: number; label: string }) {
  const scene = useMemo(
    () => ({
      ...timelineScene({ trace, t, width: PICTURE_WIDTH, theme: 'light' }),
      // Named as the sheet names the moment, for a screen reader's "image" announcement.
      title: `The timeline, ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    }),
    [trace, t, label],
  );
  return <SceneSvg scene={scene} className="worksheet-picture" />;
}
