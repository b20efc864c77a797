/**
 * The canvas a clip is drawn on: sized once for the whole clip (the largest of its first and
 * last frames, since the console grows as the run prints), at scale 1 unless that is wider
 * than `maxWidth`, and always an even number of pixels each way (video encoders want it).
 *
 * @example
 *   const painter = clipCanvas(sceneAt, range, 960, { readBack: true });
 *   painter.paint(t); const rgba = painter.pixels();
 */
import type { VirtualUs } from '../core/trace';
import { drawScene } from './canvas';
import type { ClipRange } from './clipPlan';
import type { Scene } from './scene';

export interface ClipPainter {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  /** Draws the frame at `t`, over the whole canvas. */
  paint(t: VirtualUs): void;
  /** The canvas' pixels now, RGBA. */
  pixels(): Uint8ClampedArray;
}

const even = (n: number) => Math.max(2, Math.ceil(n / 2) * 2);

/**
 * The size of a clip's frames, in pixels, and the scale its scenes are drawn at.
 *
 * @example clipSize([{ width: 1280, height: 700 }], 960); // { width: 960, height: 526, scale: 0.75 }
 */
export function clipSize(
  scenes: readonly Pick<Scene, 'width' | 'height'>[],
  maxWidth: number,
): { width: number; height: number; scale: number } {
  const w = Math.max(...scenes.map((s) => s.width));
  const h = Math.max(...scenes.map((s) => s.height));
  const scale = Math.min(1, maxWidth / w);
  return { width: even(w * scale), height: even(h * scale), scale };
}

export function clipCanvas(
  sceneAt: (t: VirtualUs) => Scene,
  range: ClipRange,
  maxWidth: number,
  options: { readBack?: boolean } = {},
): ClipPainter {
  const { width, height, scale } = clipSize([sceneAt(range.from), sceneAt(range.to)], maxWidth);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  // A GIF reads every frame back: a canvas kept in memory makes getImageData cheap.
  const ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: options.readBack });
  if (!ctx) throw new Error('this browser gave no 2D canvas to draw the clip on');
  return {
    canvas,
    width,
    height,
    paint(t) {
      const scene = sceneAt(t);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      // A frame smaller than the canvas (an earlier, shorter console) sits on its own colour.
      ctx.fillStyle = scene.background;
      ctx.fillRect(0, 0, width, height);
      drawScene(ctx, scene, scale);
    },
    pixels: () => ctx.getImageData(0, 0, width, height).data,
  };
}
