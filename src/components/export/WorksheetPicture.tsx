/**
 * A worksheet's picture of the timeline at one moment.
 *
 * TEMPORARY: until the scene engineer's `timelineScene` and `<SceneSvg>` are merged, this is a
 * labelled empty box of the picture's size, so the sheet's layout and page breaks can be built
 * and tested against it.
 *
 * @example <WorksheetPicture trace={run.trace} t={moment.t} label="Just before 8.009 s" />
 */
import type { Trace } from '../../core/trace';

/** The picture's width in CSS pixels: about A4's or Letter's text width at 15 mm margins. */
export const PICTURE_WIDTH = 720;

export function WorksheetPicture({ label }: { trace: Trace; t: number; label: string }) {
  return (
    <div className="worksheet-picture-placeholder" role="img" aria-label={`The timeline, ${label}`}>
      The timeline, {label.toLowerCase()}
    </div>
  );
}
