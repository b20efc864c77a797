import { drawScene } from './canvas';
import type { Scene } from './scene';

/** PNG exports are drawn at twice the scene's size: sharp on a slide or a high-density screen. */
export const PNG_SCALE = 2;

/**
 * The scene as a PNG at `scale`, painted on a canvas of this page (nothing leaves the browser).
 * Rejects with a clear message when the browser cannot make one (a canvas too large for it).
 *
 * @example const blob = await scenePng(frameScene(input)); // 2560 px wide for a 1280 px frame
 */
export function scenePng(scene: Scene, scale = PNG_SCALE): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(scene.width * scale);
  canvas.height = Math.ceil(scene.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('this browser cannot draw on a canvas'));
  drawScene(ctx, scene, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(
              new Error(`the picture (${canvas.width} × ${canvas.height} px) is too large to save`),
            ),
      'image/png',
    ),
  );
}
