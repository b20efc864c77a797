import type { Scene, SceneItem } from './scene';
import { DASH, DOTS_PX, FONT_STACKS, HATCH_PX, patternOf, type RectItem } from './sceneStyle';

/** The 2D context calls drawScene makes: a page's canvas, an OffscreenCanvas, or a test's fake. */
export type SceneContext = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'scale'
  | 'fillRect'
  | 'beginPath'
  | 'rect'
  | 'roundRect'
  | 'clip'
  | 'fill'
  | 'stroke'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'fillText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

/**
 * Paints the scene on a 2D canvas at `scale` (2 for a PNG for slides): the same items as the
 * SVG, hatching and dots drawn as lines and circles clipped to their rect, paths through
 * `Path2D`. The canvas should be `scene.width × scale` by `scene.height × scale` pixels.
 *
 * @example
 *   canvas.width = scene.width * 2; canvas.height = scene.height * 2;
 *   drawScene(canvas.getContext('2d')!, scene, 2);
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, scale = 1): void {
  paint(ctx, scene, scale);
}

/** drawScene on any context with the calls it needs (a worker's OffscreenCanvas too). */
export function paint(ctx: SceneContext, scene: Scene, scale = 1): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  ctx.textBaseline = 'alphabetic';
  for (const item of scene.items) {
    ctx.save();
    drawItem(ctx, item);
    ctx.restore();
  }
  ctx.restore();
}

function drawItem(ctx: SceneContext, item: SceneItem): void {
  switch (item.kind) {
    case 'rect':
      return drawRect(ctx, item);
    case 'text':
      ctx.font = `${item.weight === 'bold' ? 'bold ' : ''}${item.size}px ${FONT_STACKS[item.font]}`;
      ctx.textAlign = item.anchor === 'middle' ? 'center' : (item.anchor ?? 'start');
      ctx.fillStyle = item.fill;
      ctx.fillText(item.text, item.x, item.y);
      return;
    case 'line':
      ctx.beginPath();
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(item.x2, item.y2);
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = item.width;
      if (item.dashed) ctx.setLineDash([...DASH]);
      ctx.stroke();
      return;
    case 'path': {
      const path = new Path2D(item.d);
      if (item.fill && item.fill !== 'none') {
        ctx.fillStyle = item.fill;
        ctx.fill(path);
      }
      if (item.stroke) {
        ctx.strokeStyle = item.stroke;
        ctx.lineWidth = item.width ?? 1;
        ctx.lineCap = 'round';
        ctx.lineJoin = 'round';
        if (item.dashed) ctx.setLineDash([...DASH]);
        ctx.stroke(path);
        if (item.dashed) ctx.setLineDash([]);
      }
      return;
    }
  }
}

function outline(ctx: SceneContext, r: RectItem): void {
  ctx.beginPath();
  if (r.rx) ctx.roundRect(r.x, r.y, r.w, r.h, r.rx);
  else ctx.rect(r.x, r.y, r.w, r.h);
}

function drawRect(ctx: SceneContext, r: RectItem): void {
  outline(ctx, r);
  if (r.fill !== 'none') {
    ctx.fillStyle = r.fill;
    ctx.fill();
  }
  const pattern = patternOf(r);
  if (pattern) {
    ctx.save();
    ctx.clip();
    if (pattern.kind === 'hatch') {
      ctx.strokeStyle = pattern.color;
      ctx.globalAlpha = 0.6;
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      // 45° stripes across the box (as the SVG pattern's), from below-left to above-right.
      const step = HATCH_PX * Math.SQRT2;
      for (let s = r.x - r.h; s < r.x + r.w; s += step) {
        ctx.moveTo(s, r.y + r.h);
        ctx.lineTo(s + r.h, r.y);
      }
      ctx.stroke();
    } else {
      ctx.fillStyle = pattern.color;
      ctx.globalAlpha = 0.75;
      ctx.beginPath();
      const start = (v: number) => Math.floor(v / DOTS_PX) * DOTS_PX + DOTS_PX / 2;
      for (let y = start(r.y); y < r.y + r.h; y += DOTS_PX)
        for (let x = start(r.x); x < r.x + r.w; x += DOTS_PX) {
          ctx.moveTo(x + 1.3, y);
          ctx.arc(x, y, 1.3, 0, 2 * Math.PI);
        }
      ctx.fill();
    }
    ctx.restore();
    outline(ctx, r);
  }
  if (r.stroke) {
    ctx.strokeStyle = r.stroke;
    ctx.lineWidth = r.strokeWidth ?? 1;
    if (r.dashed) ctx.setLineDash([...DASH]);
    ctx.stroke();
  }
}
