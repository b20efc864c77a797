import type { VirtualUs } from '../../core/trace';
import type { PlayerActions } from '../../store/playerStore';

/** How far Shift+arrow moves the playhead on the Time slider: a tenth of a virtual second. */
export const FINE_MOVE_US = 100_000;

/** The player's moves the Time slider's keys make. */
export type SliderMoves = Pick<
  PlayerActions,
  'stepForward' | 'stepBack' | 'reset' | 'jumpToEnd' | 'seek'
>;

/** The parts of a keydown that choose the move. */
export type SliderKey = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/**
 * What a key pressed on the Time slider does, or undefined for a key it leaves alone. The
 * slider is linear in seconds, but its plain keys walk the story as the page's keys do:
 * → / ↑ and PageDown to the next step, ← / ↓ and PageUp to the previous one (both walk events
 * and stop at Predict gates), Home resets and End jumps to the end. Shift+arrow moves by
 * {@link FINE_MOVE_US} (0.1 s) in time, for a look between two events. With Alt, Ctrl or ⌘ held
 * the key is the browser's.
 *
 * The caller must `preventDefault()` when a move is returned, so the native range does not
 * also move by its own step, and the page's keyboard map (which skips prevented keys) does not
 * make the move a second time.
 *
 * @example
 *   const move = sliderKeyAction(e, t, player.getState());
 *   if (move) { e.preventDefault(); move(); }
 */
export function sliderKeyAction(
  key: SliderKey,
  t: VirtualUs,
  moves: SliderMoves,
): (() => void) | undefined {
  if (key.altKey || key.ctrlKey || key.metaKey) return undefined;
  const by = (deltaUs: number) => () => moves.seek(Math.max(t + deltaUs, 0) as VirtualUs);
  switch (key.key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return key.shiftKey ? by(FINE_MOVE_US) : moves.stepForward;
    case 'ArrowLeft':
    case 'ArrowDown':
      return key.shiftKey ? by(-FINE_MOVE_US) : moves.stepBack;
    case 'PageDown':
      return moves.stepForward;
    case 'PageUp':
      return moves.stepBack;
    case 'Home':
      return moves.reset;
    case 'End':
      return moves.jumpToEnd;
    default:
      return undefined;
  }
}
