import type { SceneTheme } from '../../export/scene';

/**
 * The theme the page shows, for an export to match it: `useTheme` writes the one in effect (the
 * reader's choice, else the system's) as `data-theme` on `<html>`.
 *
 * @example frameScene({ …, theme: pageTheme() });
 */
export const pageTheme = (): SceneTheme =>
  document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
