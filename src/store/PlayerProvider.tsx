/**
 * The React side of a player: a context that hands one player's store to the views under it,
 * and hooks that read it through named selectors (zustand's `vanilla.ts` / `react.ts` split).
 *
 * @example
 *   const player = createPlayerStore();
 *   <PlayerProvider store={player}><Controls /></PlayerProvider>
 *   // inside: const t = usePlayer(selectT);
 */
import { createContext, useContext, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Player, PlayerStore } from './playerStore';

const PlayerContext = createContext<PlayerStore | null>(null);

/** Gives the views below it one player; two providers on a page are two independent players. */
export function PlayerProvider({ store, children }: { store: PlayerStore; children: ReactNode }) {
  return <PlayerContext.Provider value={store}>{children}</PlayerContext.Provider>;
}

/** The store of the player this view belongs to, for actions and one-off reads. */
export function usePlayerStore(): PlayerStore {
  const store = useContext(PlayerContext);
  if (!store) throw new Error('usePlayerStore: no <PlayerProvider> above this view');
  return store;
}

/** A value of this view's player; the view renders again only when it changes (`Object.is`). */
export function usePlayer<T>(selector: (s: Player) => T): T {
  return useStore(usePlayerStore(), selector);
}

/** Like `usePlayer`, for a selector that builds a plain object: compared key by key. */
export function usePlayerShallow<T extends object>(selector: (s: Player) => T): T {
  const last = useRef<T | null>(null);
  return useStore(usePlayerStore(), (s) => {
    const next = selector(s);
    if (last.current && sameValues(last.current, next)) return last.current;
    return (last.current = next);
  });
}

/**
 * Whether two plain objects hold the same values (`Object.is`) under the same keys. Runs for
 * every change of the store, every frame of a playback: zustand's `shallow` builds two Maps
 * each time to handle Maps and Sets too, which these selectors never return.
 */
function sameValues(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k in b && Object.is(a[k as keyof object], b[k as keyof object]));
}
