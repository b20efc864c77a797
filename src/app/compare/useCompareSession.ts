import { useEffect, useState } from 'react';
import type { VirtualUs } from '../../core/trace';
import { createPlayerStore, type PlayerStore } from '../../store/playerStore';
import type { ScenarioSource } from '../scenarioSource';
import { readShellParams } from '../urlState';
import { readCompare, type CompareTarget } from './compareLink';

/** The second player of a comparison, and where the link put the shared clock. */
export interface CompareSession {
  second: PlayerStore;
  /** The link's `t=`, for the shared clock's first position (the first player clamps it to its own run). */
  startT: VirtualUs | null;
}

/** What the page needs to compare: the session (null: one run alone), and how to start or leave one. */
export interface CompareControl {
  session: CompareSession | null;
  /** Compares with the run `value` describes (`compare=`'s fields); returns what was wrong, if anything. */
  start(value: string): string[];
  leave(): void;
}

const playerFor = (target: CompareTarget): PlayerStore => {
  const store = createPlayerStore();
  store.getState().load(target.run, target.lab, 0 as VirtualUs);
  return store;
};

/**
 * The page's comparison: read once from the link's `compare=` (its problems join the first
 * player's notices, and the first run shows alone), then started and left from the toolbar.
 *
 * @example const compare = useCompareSession(source, player);
 */
export function useCompareSession(source: ScenarioSource, first: PlayerStore): CompareControl {
  const [fromLink] = useState(() => {
    const query = new URLSearchParams(location.search);
    const value = query.get('compare');
    if (value === null) return { session: null, errors: [] };
    const { target, errors } = readCompare(source, value);
    const startT = readShellParams(query).params.t;
    return { session: target && { second: playerFor(target), startT }, errors };
  });
  const [session, setSession] = useState<CompareSession | null>(fromLink.session);
  useEffect(() => {
    if (fromLink.errors.length === 0) return;
    const notices = first.getState().notices.filter((n) => !fromLink.errors.includes(n));
    first.getState().setNotices([...notices, ...fromLink.errors]);
  }, [first, fromLink]);
  return {
    session,
    start: (value) => {
      const { target, errors } = readCompare(source, value);
      if (target) setSession({ second: playerFor(target), startT: first.getState().t });
      return errors;
    },
    leave: () => setSession(null),
  };
}
