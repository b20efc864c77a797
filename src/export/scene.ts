/**
 * A frame to export, as plain drawing items in pixels: what the SVG writer, the canvas painter
 * (PNG, video, GIF) and the worksheet's pictures all draw, so every export shows the same thing.
 * Colours are resolved (hex), never CSS variables: a file must look right outside the page.
 */

export type SceneItem =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      /** `none` for an outline only. */
      fill: string;
      stroke?: string;
      strokeWidth?: number;
      /** Diagonal hatching over the fill, in the stroke's colour (a sleep: never told by colour alone). */
      hatch?: boolean;
      /** A grid of dots over the fill, in the stroke's colour (a blocked wait, as the page draws it). */
      dots?: boolean;
      /** Dashed outline (a pending future). */
      dashed?: boolean;
      rx?: number;
    }
  | {
      kind: 'text';
      x: number;
      /** The baseline. */
      y: number;
      text: string;
      size: number;
      fill: string;
      font: 'sans' | 'mono';
      weight?: 'normal' | 'bold';
      anchor?: 'start' | 'middle' | 'end';
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dashed?: boolean;
    }
  /** An SVG path (`d`), such as a cause arrow's curve or an end mark's triangle. */
  | {
      kind: 'path';
      d: string;
      stroke?: string;
      fill?: string;
      width?: number;
      /** A dashed stroke (asyncio's scheduled arrow: not at once). */
      dashed?: boolean;
    };

export interface Scene {
  width: number;
  height: number;
  background: string;
  /** What the frame shows, for the SVG's <title> and the file's name: `fetch_square at 8.000 s`. */
  title: string;
  /** Back to front. */
  items: SceneItem[];
}

/** The two palettes a frame can be drawn in (the page's light and dark themes). */
export type SceneTheme = 'light' | 'dark';
