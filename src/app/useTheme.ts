import { useEffect, useSyncExternalStore } from 'react';
import { usePlayer } from '../store/PlayerProvider';
import { selectTheme } from '../store/selectors/player';

const QUERY = '(prefers-color-scheme: dark)';
const media = () => (typeof matchMedia === 'function' ? matchMedia(QUERY) : null);
const subscribe = (cb: () => void) => {
  const m = media();
  m?.addEventListener('change', cb);
  return () => m?.removeEventListener('change', cb);
};

/**
 * The theme in effect (the user's choice, else the system's), applied as `data-theme` on
 * `<html>`; returns whether it is dark.
 *
 * @example const dark = useTheme();
 */
export function useTheme(): boolean {
  const choice = usePlayer(selectTheme);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
  const dark = choice === 'system' ? systemDark : choice === 'dark';
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  return dark;
}
