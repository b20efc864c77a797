/**
 * The React side of a player: a context that hands one player's store to the views under it,
 * and hooks that read it through named selectors (zustand's `vanilla.ts` / `react.ts` split).
 *
 * @example
 *   const player = createPlayerStore();
 *   <PlayerProvider store={player}><Controls /></PlayerProvider>
 *   // inside: const t = usePlayer(selectT);
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
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

/** Like `usePlayer`, for a selector that builds an object: compared key by key (`shallow`). */
export function usePlayerShallow<T>(selector: (s: Player) => T): T {
  return useStore(usePlayerStore(), useShallow(selector));
}
