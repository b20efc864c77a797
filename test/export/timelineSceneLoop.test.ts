/**
 * An exported picture of an asyncio run (issue 17) draws what the page draws: the loop's lane
 * with its turns and idle stretch, each task's lane under it, and the scheduled arrow dashed and
 * tagged — in the SVG's text too, so a picture that leaves the page still explains itself.
 */
import { describe, expect, it } from 'vitest';
import { us } from '../../src/core/trace';
import type { SceneItem } from '../../src/export/scene';
import { sceneToSvg } from '../../src/export/svg';
import { timelineScene } from '../../src/export/timelineScene';
import { asyncioTrace, TIMER_DUE } from '../fixtures/asyncioTrace';

const trace = asyncioTrace();
const texts = (items: SceneItem[]) => items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));

describe('timelineScene of an asyncio run', () => {
  it('has the loop’s thread lane, then each task’s, with their words', () => {
    const scene = timelineScene({ trace, t: 500_000, width: 1000 });
    const words = texts(scene.items);
    const at = (w: string) => words.indexOf(w);
    expect(at('MainThread')).toBeGreaterThanOrEqual(0);
    expect(at('Task-1 · main()')).toBeGreaterThan(at('MainThread'));
    expect(at('Task-2 · fetch_square(2)')).toBeGreaterThan(at('Task-1 · main()'));
    expect(words).toContain('event loop idle');
    expect(words).toContain('awaiting fut');
    expect(words).toContain('◌ event loop idle · next timer in 0.6 s');
    expect(words).toContain('☰ scheduled: runs on a later turn');
  });

  it('numbers the loop’s turns, zoomed in on them', () => {
    const scene = timelineScene({ trace, t: 150, width: 1000, view: { from: us(0), to: us(200) } });
    const words = texts(scene.items);
    for (const n of ['1', '2', '3', '4']) expect(words).toContain(n);
    expect(words).toContain('fetch_square(2) step');
  });

  it('draws the scheduled arrow dashed, tagged, where the callback runs a turn later', () => {
    const t = TIMER_DUE + 15;
    const scene = timelineScene({
      trace,
      t,
      width: 1000,
      view: { from: us(TIMER_DUE - 20), to: us(t + 20) },
    });
    expect(texts(scene.items)).toContain('☰ scheduled');
    expect(scene.items.some((i) => i.kind === 'path' && i.dashed === true)).toBe(true);
    expect(sceneToSvg(scene)).toContain('stroke-dasharray');
  });

  it('at the completion, ends set_result’s arrows at the loop’s queue', () => {
    const done = timelineScene({ trace, t: TIMER_DUE, width: 1000 });
    // The done-callback and Task-2's wakeup are queued at one point: one tag, never two.
    expect(texts(done.items).filter((w) => w === '☰ queued')).toHaveLength(1);
    // The call_later timer's handle (scheduled) left the queue at 0 s, where the idle loop's
    // words are written across the whole run: its tag would cover them, so the dashed arrow
    // goes untagged there (the key explains it).
    expect(texts(done.items)).toContain('◌ event loop idle');
    expect(texts(done.items).filter((w) => w === '☰ scheduled')).toHaveLength(0);
    expect(done.items.some((i) => i.kind === 'path' && i.dashed === true)).toBe(true);
  });
});
