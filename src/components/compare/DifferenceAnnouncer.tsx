import { useEffect, useRef, useState } from 'react';
import type { RunDifference } from '../../store/compare/compareRuns';
import { usePlayer } from '../../store/PlayerProvider';
import { selectT } from '../../store/selectors/player';
import './compare.css';

/**
 * One sentence, read out politely, each time the shared clock's playhead moves forward past
 * a difference between the runs (or lands on one): what differs there. Mount it under the
 * shared clock's provider.
 *
 * @example <PlayerProvider store={clock}><DifferenceAnnouncer differences={diffs} /></PlayerProvider>
 */
export function DifferenceAnnouncer({ differences }: { differences: readonly RunDifference[] }) {
  const t = usePlayer(selectT);
  const last = useRef(t);
  const [sentence, setSentence] = useState('');
  useEffect(() => {
    const from = last.current;
    last.current = t;
    if (t < from) return setSentence('');
    const passed = differences.filter((d) => (d.t > from || d.t === t) && d.t <= t);
    if (passed.length === 0) return;
    const more =
      passed.length > 1 ? ` (and ${passed.length - 1} more in the Differences list)` : '';
    setSentence(`Difference: ${passed[0]!.text}${more}`);
  }, [t, differences]);
  return (
    <p className="compare-announcer" role="status" aria-label="Difference at the playhead">
      {sentence}
    </p>
  );
}
