import { afterEach, describe, expect, it, vi } from 'vitest';
import { paint, type SceneContext } from '../../src/export/canvas';
import type { Scene } from '../../src/export/scene';

/** A 2D context that records what is drawn: the calls, and the state each was made in. */
function recorder() {
  const calls: { op: string; args: unknown[]; fillStyle: unknown; font: unknown }[] = [];
  const state: Record<string, unknown> = { fillStyle: '#000', font: '10px sans-serif' };
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) =>
        calls.push({ op: key, args, fillStyle: target.fillStyle, font: target.font });
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as SceneContext;
  return { ctx, calls };
}

class FakePath2D {
  constructor(readonly d: string) {}
}

describe('drawScene (paint)', () => {
  afterEach(() => vi.unstubAllGlobals());

  const scene: Scene = {
    width: 200,
    height: 100,
    background: '#ffffff',
    title: 'test',
    items: [
      { kind: 'rect', x: 10, y: 10, w: 60, h: 16, fill: '#ffffff', stroke: '#e69f00', hatch: true },
      { kind: 'text', x: 20, y: 60, text: 'Result is: 4', size: 12, fill: '#1a1a1a', font: 'mono' },
      { kind: 'path', d: 'M 0 0 L 10 10', stroke: '#1a1a1a', width: 2 },
    ],
  };

  it('scales the whole picture (2× for a PNG) and paints the background first', () => {
    vi.stubGlobal('Path2D', FakePath2D);
    const { ctx, calls } = recorder();
    paint(ctx, scene, 2);
    expect(calls.find((c) => c.op === 'scale')?.args).toEqual([2, 2]);
    const first = calls.find((c) => c.op === 'fillRect');
    expect(first?.args).toEqual([0, 0, 200, 100]);
    expect(first?.fillStyle).toBe('#ffffff');
  });

  it('writes text in the system monospace stack, and hatches inside the rect’s clip', () => {
    vi.stubGlobal('Path2D', FakePath2D);
    const { ctx, calls } = recorder();
    paint(ctx, scene, 1);
    const text = calls.find((c) => c.op === 'fillText');
    expect(text?.args).toEqual(['Result is: 4', 20, 60]);
    expect(String(text?.font)).toMatch(/^12px ui-monospace.*monospace$/);
    const ops = calls.map((c) => c.op);
    const clip = ops.indexOf('clip');
    expect(clip).toBeGreaterThan(-1);
    // Stripes are drawn after the clip and before it is lifted.
    expect(ops.slice(clip).indexOf('lineTo')).toBeGreaterThan(0);
    expect(ops.slice(clip).indexOf('restore')).toBeGreaterThan(ops.slice(clip).indexOf('lineTo'));
  });

  it('draws a path through Path2D', () => {
    vi.stubGlobal('Path2D', FakePath2D);
    const { ctx, calls } = recorder();
    paint(ctx, scene, 1);
    const stroke = calls.filter((c) => c.op === 'stroke').map((c) => c.args[0]);
    expect(stroke.some((p) => p instanceof FakePath2D && p.d === 'M 0 0 L 10 10')).toBe(true);
  });
});
