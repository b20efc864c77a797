/**
 * The frames of a clip: the player's picture (timeline, code, console) at any instant, from a
 * subject captured once when the export starts, so the learner's playhead never moves and a
 * change on the page during a recording does not change the clip.
 *
 * @example
 *   const sceneAt = clipSceneAt({ run, view, theme: 'light' }, 1280);
 *   sceneAt(fromSeconds(8)).title; // 'fetch_square at 8.000 s'
 */
import type { VirtualUs } from '../core/trace';
import type { TimeWindow } from '../layout/zoomWindow';
import type { ScenarioRun } from '../scenarios/types';
import type { Scene, SceneTheme } from './scene';

export interface ClipSubject {
  run: ScenarioRun;
  /** The zoom window the timeline shows in every frame; null for the whole run. */
  view: TimeWindow | null;
  theme: SceneTheme;
}

// PLACEHOLDER until the scene engineer's frameScene lands: the title, an axis and the playhead.
/** `width`: the frame's, in pixels. */
export function clipSceneAt(subject: ClipSubject, width: number): (t: VirtualUs) => Scene {
  const { run, view, theme } = subject;
  const from = view?.from ?? 0;
  const to = view?.to ?? Math.max(run.trace.end, 1);
  const fg = theme === 'dark' ? '#e8eaed' : '#1a1a1a';
  return (t) => {
    const x = 20 + ((t - from) / (to - from)) * (width - 40);
    return {
      width,
      height: 200,
      background: theme === 'dark' ? '#11161c' : '#ffffff',
      title: `${run.id} at ${(t / 1e6).toFixed(3)} s`,
      items: [
        { kind: 'text', x: 20, y: 40, text: run.title, size: 18, fill: fg, font: 'sans' },
        { kind: 'line', x1: 20, y1: 120, x2: width - 20, y2: 120, stroke: fg, width: 2 },
        { kind: 'line', x1: x, y1: 70, x2: x, y2: 170, stroke: '#d55e00', width: 3 },
      ],
    };
  };
}

// PLACEHOLDER drawScene: rects, text and lines only.
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, scale = 1): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const item of scene.items) {
    if (item.kind === 'rect') {
      ctx.fillStyle = item.fill;
      ctx.fillRect(item.x, item.y, item.w, item.h);
    } else if (item.kind === 'text') {
      ctx.fillStyle = item.fill;
      ctx.font = `${item.size}px ${item.font === 'mono' ? 'monospace' : 'sans-serif'}`;
      ctx.fillText(item.text, item.x, item.y);
    } else if (item.kind === 'line') {
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = item.width;
      ctx.beginPath();
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(item.x2, item.y2);
      ctx.stroke();
    }
  }
  ctx.restore();
}
