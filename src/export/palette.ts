import type { SceneTheme } from './scene';

/** The page's colours as hex, per theme: what `src/app/theme.css` defines, resolved for files. */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  panel: string;
  panel2: string;
  border: string;
  /** One per thread palette slot (Okabe–Ito), as `--thread-0` … `--thread-5`. */
  threads: readonly string[];
  pending: string;
  finished: string;
  raised: string;
  cancelled: string;
  stderr: string;
  playhead: string;
}

const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1a1a1a',
  muted: '#4d5560',
  panel: '#f5f7f9',
  panel2: '#eaeef2',
  border: '#c4ccd4',
  threads: ['#0072b2', '#e69f00', '#cc79a7', '#56b4e9', '#d55e00', '#009e73'],
  pending: '#59626c',
  finished: '#00785a',
  raised: '#b34700',
  cancelled: '#59626c',
  stderr: '#a33a00',
  playhead: '#1a1a1a',
};

const DARK: Palette = {
  bg: '#11161c',
  fg: '#e8eaed',
  muted: '#aab3bd',
  panel: '#19212a',
  panel2: '#222c36',
  border: '#3a4652',
  threads: ['#56b4e9', '#e69f00', '#cc79a7', '#0090e0', '#d55e00', '#009e73'],
  pending: '#9aa4ae',
  finished: '#2fc197',
  raised: '#ff8a3d',
  cancelled: '#9aa4ae',
  stderr: '#ff9c5c',
  playhead: '#f0f0f0',
};

/**
 * The palette of a theme. Kept beside theme.css by hand: a file must carry its colours, and
 * CSS variables mean nothing outside the page (a test compares the two).
 *
 * @example paletteOf('dark').bg; // '#11161c'
 */
export const paletteOf = (theme: SceneTheme): Palette => (theme === 'dark' ? DARK : LIGHT);

/** A thread's colour by its palette slot, as `threadColor` picks it on the page. */
export const threadHex = (p: Palette, slot: number): string => p.threads[slot % p.threads.length]!;
