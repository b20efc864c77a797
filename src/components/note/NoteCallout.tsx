import { formatSeconds } from '../../core/seconds';
import { usePlayer } from '../../store/PlayerProvider';
import { noteReached } from '../../store/selectors/note';
import { selectNote, selectTrace } from '../../store/selectors/player';
import './note.css';

/**
 * The link's note (`note=`): a teacher's sentence and the moment it is pinned to, always
 * visible, prominent while the playhead is at that moment. The sentence is React text, never
 * markup, and isolated from the text around it (`dir="auto"` on its own element), so a
 * right-to-left note reads correctly and cannot reorder the page's words. A status region
 * reads it out when the playhead reaches it.
 *
 * @example <NoteCallout />
 */
export function NoteCallout() {
  const note = usePlayer(selectNote);
  const trace = usePlayer(selectTrace);
  const here = usePlayer((s) => (s.note ? noteReached(trace, s.note, s.t) : false));
  if (!note) return null;
  const at = `${formatSeconds(note.t, 3)} s`;
  return (
    <aside
      className={`note-callout${here ? ' note-here' : ''}`}
      aria-label="Teacher’s note"
      data-here={here}
    >
      <span className="note-when">
        <span aria-hidden="true">✎ </span>
        {here ? `Now, at ${at}:` : `Note at ${at}:`}
      </span>{' '}
      <span className="note-text" dir="auto">
        {note.text}
      </span>
      <span className="sr-only" role="status">
        {here ? `Note at ${at}: ${note.text}` : ''}
      </span>
    </aside>
  );
}
