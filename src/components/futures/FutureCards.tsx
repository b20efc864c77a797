import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { FutureView } from '../../store/selectors/futuresAt';
import { maskText, type GateMask } from '../../predict/giveaway';
import { StateBadge } from '../StateBadge';
import { useFollowWhenSeen } from '../useFollowWhenSeen';
import './futures.css';

/** More futures than this, and only the ones that changed last have cards, unless asked. */
export const CARD_LIMIT = 50;

/**
 * A card per future, named by its variable: live repr, state (shape + words), the value or
 * exception once it has one, where an executor's future is (queued, or which worker runs it),
 * who is waiting on it, and each callback registered / fired. A learner's 1,000-job pool gets
 * cards for the CARD_LIMIT futures that changed last (in their order), and a button for all.
 *
 * Memoised, card by card: between events nothing here renders.
 *
 * `mask`: Predict mode's (`selectPredictMask`): an asyncio card's words about when its callbacks
 * run are the answer to a question still to come, so they read "…" until it is answered.
 *
 * @example <FutureCards futures={snapshot.futures} mask={mask} playing={playing} />
 */
export const FutureCards = memo(function FutureCards({
  futures,
  mask = null,
  playing = false,
}: {
  futures: FutureView[];
  mask?: GateMask | null;
  /** While its player plays, cards out of view keep what they showed (useFollowWhenSeen). */
  playing?: boolean;
}) {
  const [all, setAll] = useState(false);
  // The cards follow the playhead a frame behind, in a render of their own after the frame that
  // answers a key: they sit below the lanes, mostly off screen, and a jump (End on the Time
  // slider of a 50-call Lab) mounts dozens of them at once, each laid out twice by Blink around
  // its `content-visibility: auto` check. Between events nothing changes, so nothing lags.
  const list = useRef<HTMLUListElement>(null);
  const current = useDeferredValue(futures);
  // The cards themselves keep still while they play out of view; the words above them follow.
  const carded = useFollowWhenSeen(current, list, playing);
  // Once per list: each change's urgent render still shows the previous list and reuses it.
  const latest = useMemo(() => changedLast(carded, CARD_LIMIT), [carded]);
  const shown = all ? carded : latest;
  return (
    <section className="panel futures-panel" aria-labelledby="futures-heading">
      <h2 id="futures-heading">Futures</h2>
      {current.length === 0 && <p className="futures-empty">No future created yet.</p>}
      {current.length > CARD_LIMIT && (
        <p className="futures-some">
          {all
            ? `All ${current.length} futures.`
            : `The ${CARD_LIMIT} futures that changed last, of ${current.length}.`}{' '}
          <button type="button" onClick={() => setAll(!all)}>
            {all ? `Show the ${CARD_LIMIT} that changed last` : `Show all ${current.length}`}
          </button>
        </p>
      )}
      <ul ref={list} className="future-cards">
        {shown.map((f) => (
          <FutureCard key={f.id} future={f} mask={mask} />
        ))}
      </ul>
    </section>
  );
});

/**
 * The `limit` futures whose latest change is latest (ties: the newest futures), kept in
 * creation order. Found by the `limit`-th latest change rather than by sorting the futures: a
 * 1,000-job pool changes its list nearly every frame of a playback.
 */
function changedLast(futures: FutureView[], limit: number): FutureView[] {
  if (futures.length <= limit) return futures;
  const changes = Float64Array.from(futures, (f) => f.transitions[f.transitions.length - 1]!.t);
  const threshold = Float64Array.from(changes).sort()[futures.length - limit]!;
  const later = changes.filter((c) => c > threshold).length;
  const tied = new Set(
    futures
      .filter((_, i) => changes[i] === threshold)
      .map((f) => f.id)
      .sort((a, b) => b - a)
      .slice(0, limit - later),
  );
  return futures.filter((f, i) => changes[i]! > threshold || tied.has(f.id));
}

/** One future's card; it renders only when that future changes. */
const FutureCard = memo(function FutureCard({
  future: f,
  mask,
}: {
  future: FutureView;
  mask: GateMask | null;
}) {
  return (
    <li>
      <article className="future-card" aria-label={f.name}>
        <header className="future-card-head">
          <h3>{f.name}</h3>
          <StateBadge state={f.state} outcome={f.outcome} />
        </header>
        <code className="future-repr">{f.repr}</code>
        {f.outcome && (
          <p className="future-outcome">
            {f.outcome.kind === 'result' ? 'result() → ' : 'raises '}
            <code>{f.outcome.repr}</code>
          </p>
        )}
        <PoolWords future={f} />
        {f.waiters.map((w) => (
          <p key={w.thread} className="future-waiter">
            <span aria-hidden="true">░ </span>
            {w.thread} is blocked in {w.text}
          </p>
        ))}
        {f.kind === 'asyncio' && (
          <p className="future-asyncio">
            {maskText(
              mask,
              'asyncio future: its callbacks are scheduled on the event loop, not run at once',
            )}
          </p>
        )}
        <p className="future-callbacks-title">
          Callbacks{f.callbacks.length === 0 ? ': none' : ''}
        </p>
        {f.callbacks.length > 0 && (
          <ul className="future-callbacks">
            {f.callbacks.map((c) => (
              <li key={c.id} className={`cb-${c.status}`}>
                <code>{c.name}</code>{' '}
                {f.kind === 'asyncio'
                  ? maskText(
                      mask,
                      loopCallbackWords(c.status, c.thread, c.exception, f.state !== 'PENDING'),
                    )
                  : callbackWords(c.status, c.thread, c.exception)}
              </li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
});

/**
 * Where an executor's future is in the pool, in words: queued until a worker is free, then
 * running on (and afterwards run by) the worker that took it. Nothing for a hand-made future.
 */
function PoolWords({ future: f }: { future: FutureView }) {
  if (f.worker !== null) {
    const running = f.state === 'RUNNING';
    return (
      <p className="future-worker">
        <span aria-hidden="true">{running ? '▇ ' : '✓ '}</span>
        {running ? 'running on ' : 'ran on '}
        {f.worker}
      </p>
    );
  }
  if (f.executor !== null && f.state === 'PENDING')
    return (
      <p className="future-worker">
        <span aria-hidden="true">○ </span>
        queued in {f.executor} until a worker is free
      </p>
    );
  return null;
}

function callbackWords(status: string, thread: string | null, exception: string | null): string {
  switch (status) {
    case 'registered':
      return '○ registered, waiting';
    case 'running':
      return `▇ running on ${thread}`;
    case 'fired':
      return `✓ fired on ${thread}`;
    default:
      return `▲ raised ${exception ?? ''} on ${thread}`;
  }
}

/**
 * An asyncio future's callback in words: the completion schedules it (call_soon), and the loop
 * runs it on its own thread on a later turn.
 */
function loopCallbackWords(
  status: string,
  thread: string | null,
  exception: string | null,
  done: boolean,
): string {
  switch (status) {
    case 'registered':
      return done
        ? '☰ scheduled: runs on a later turn of the event loop'
        : '○ registered: scheduled when the future is done';
    case 'running':
      return `▇ running on ${thread}'s event loop`;
    case 'fired':
      return `✓ ran on ${thread}'s event loop, a turn after the completion`;
    default:
      return `▲ raised ${exception ?? ''} on ${thread}'s event loop`;
  }
}
