import type { Axis } from '../../layout/axis';
import { usePlayer } from '../../store/PlayerProvider';
import { selectNote } from '../../store/selectors/player';
import './note.css';

/**
 * A pin on the timeline's axis at the moment of the link's note (`note=`), when that moment
 * is in the zoom window. Decoration only: the note's words are in its callout (`NoteCallout`).
 *
 * @example <NoteMarker axis={axis} />
 */
export function NoteMarker({ axis }: { axis: Axis }) {
  const note = usePlayer(selectNote);
  if (!note) return null;
  const x = axis.x(note.t);
  if (x < 0 || x > axis.width) return null;
  return (
    <span
      className="note-marker"
      style={{ transform: `translateX(${x}px)` }}
      aria-hidden="true"
      data-testid="note-marker"
    >
      ✎
    </span>
  );
}
