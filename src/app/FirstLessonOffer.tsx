import type { MouseEvent } from 'react';
import type { ScenarioId } from '../scenarios/types';
import { usePlayer } from '../store/PlayerProvider';
import { selectRun } from '../store/selectors/player';

/** The first lesson's id: the scenario for someone who has never seen a thread. */
export const FIRST_LESSON: ScenarioId = 'first-lesson';

/**
 * The empty state's offer, before anything has played: "New to threads? Start with the first
 * lesson", a link to it (a modified click opens it in a new tab; a plain one shows it here,
 * keeping the page and its history). Gone once the learner starts, and in the lesson itself.
 *
 * @example <FirstLessonOffer available={ids.includes(FIRST_LESSON)} onOpen={() => show(FIRST_LESSON)} />
 */
export function FirstLessonOffer({
  available,
  onOpen,
}: {
  /** Whether the scenario list has the first lesson (a test's fixture may not). */
  available: boolean;
  onOpen(): void;
}) {
  const run = usePlayer(selectRun);
  // A boolean, not t: the offer does not render on every frame of a playback.
  const atStart = usePlayer((s) => s.t === 0);
  if (!available || !run || run.id === FIRST_LESSON || !atStart) return null;
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    const plain = e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
    if (!plain) return;
    e.preventDefault();
    onOpen();
  };
  return (
    <p className="first-lesson-offer">
      New to threads?{' '}
      <a href={`?scenario=${FIRST_LESSON}`} onClick={open}>
        Start with the first lesson
      </a>
      : two threads and a Timer, in under a minute.
    </p>
  );
}
