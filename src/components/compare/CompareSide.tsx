import { CodePanel } from '../code/CodePanel';
import { ConsolePanel } from '../console/ConsolePanel';
import { Narration, type Narrator } from '../player/Narration';
import { Timeline } from '../timeline/Timeline';
import { useSnapshot } from '../../store/snapshot';
import './compare.css';

/**
 * One of the two compared runs, for the player above it: its title, code, timeline, console
 * and a compact narration. Console lines that differ from the other run (`marked`, by seq)
 * carry a visible "≠ differs" tag, not colour alone. Moved only by the shared clock.
 *
 * @example
 *   <PlayerProvider store={second}>
 *     <CompareSide name="Second run: fetch_square with asyncio" title="fetch_square with asyncio" marked={marks} narrate={narrate} />
 *   </PlayerProvider>
 */
export function CompareSide({
  name,
  title,
  marked,
  narrate,
}: {
  /** The region's accessible name, naming the run. */
  name: string;
  title: string;
  marked: ReadonlySet<number>;
  narrate: Narrator;
}) {
  const snapshot = useSnapshot();
  return (
    <section className="compare-side" aria-label={name}>
      <h2 className="compare-title">{title}</h2>
      <div className="compare-narration">
        <Narration narrate={narrate} />
      </div>
      <CodePanel
        source={snapshot.trace.source}
        cells={null}
        lines={snapshot.lines}
        threads={snapshot.threads}
      />
      <Timeline snapshot={snapshot} />
      <ConsolePanel
        lines={snapshot.console}
        threads={snapshot.threads}
        marked={marked}
        markText="≠ differs"
      />
    </section>
  );
}
