import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embeddedPlayer } from '../../../src/app/embed/embedLink';
import { useEmbedApi } from '../../../src/app/embed/useEmbedApi';
import { fixtureSource } from '../../fixtures/fixtureSource';

const A = 'https://a.example';

function send(data: unknown, origin = A) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
  });
}
const command = (rest: object) => ({ type: 'fv:command', ...rest });

function embed(allowed: string[] | null = null, link = '?scenario=fetch-square') {
  const store = embeddedPlayer(fixtureSource, link);
  renderHook(() => useEmbedApi(store, fixtureSource, allowed));
  return store;
}

describe('useEmbedApi: commands', () => {
  it('plays, pauses, steps, steps back and seeks (seconds) from any origin by default', () => {
    const store = embed();
    send(command({ command: 'play' }), 'https://anyone.example');
    expect(store.getState().playing).toBe(true);
    send(command({ command: 'pause' }));
    expect(store.getState().playing).toBe(false);
    send(command({ command: 'seek', t: 5.003 }));
    expect(store.getState().t).toBe(5_003_000);
    const at = store.getState().t;
    send(command({ command: 'step' }));
    expect(store.getState().t).toBeGreaterThanOrEqual(at);
    expect(store.getState().steps).toBe(1);
    send(command({ command: 'back' }));
    expect(store.getState().steps).toBe(2);
  });

  it('loads a scenario from link fields, and refuses a bad link without changing anything', () => {
    const store = embed();
    send(command({ command: 'load', link: '?scenario=done-callbacks&t=2' }));
    expect(store.getState().run?.id).toBe('done-callbacks');
    expect(store.getState().t).toBe(2_000_000);
    const before = store.getState();
    send(command({ command: 'load', link: '?scenario=no-such-thing' }));
    send(command({ command: 'load', link: '?scenario=lab&t=-4' }));
    send(command({ command: 'load', link: '?scenario=playground' }));
    expect(store.getState()).toBe(before);
  });

  it('ignores bad messages without a word in the console', () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const store = embed();
    const before = store.getState();
    for (const data of [
      null,
      'play',
      { command: 'play' },
      command({ command: 'seek', t: NaN }),
      command({ command: 'seek', t: -1 }),
      command({ command: 'seek', t: '5' }),
      command({ command: 'explode' }),
      command({ command: 'load', link: 'https://evil.example/' }),
      command({ command: 'load', link: '?' + 'a'.repeat(100_000) }),
      JSON.parse('{"__proto__":{"type":"fv:command","command":"play"}}'),
    ])
      send(data);
    expect(store.getState()).toBe(before);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('obeys only the allowed origins when the site restricts them', () => {
    const store = embed([A]);
    send(command({ command: 'seek', t: 2 }), 'https://b.example');
    expect(store.getState().t).not.toBe(2_000_000);
    send(command({ command: 'seek', t: 2 }), A);
    expect(store.getState().t).toBe(2_000_000);
  });
});

describe('useEmbedApi: state to the parent page', () => {
  const posted: { data: unknown; target: string }[] = [];
  const parent = {
    postMessage: (data: unknown, target: string) => posted.push({ data, target }),
  };
  beforeEach(() => {
    posted.length = 0;
    Object.defineProperty(window, 'parent', { value: parent, configurable: true });
  });
  afterEach(() => {
    Object.defineProperty(window, 'parent', { value: window, configurable: true });
  });

  it('posts its state on load and on every change while paused', () => {
    const store = embed();
    expect(posted).toEqual([
      { data: { type: 'fv:state', t: 0, playing: false, scenario: 'fetch-square' }, target: '*' },
    ]);
    send(command({ command: 'seek', t: 5 }));
    expect(posted.at(-1)?.data).toEqual({
      type: 'fv:state',
      t: 5,
      playing: false,
      scenario: 'fetch-square',
    });
    // Nothing that matters changed: nothing posted.
    const count = posted.length;
    act(() => store.getState().setSpeed(2));
    expect(posted).toHaveLength(count);
  });

  it('while playing, posts at most once per animation frame', () => {
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      frames.push(cb);
      return frames.length;
    });
    const store = embed();
    send(command({ command: 'play' }));
    const count = posted.length;
    act(() => {
      for (let i = 0; i < 5; i++) store.getState().tick(16);
    });
    // Play and five ticks in one frame: nothing yet, then one message with the latest state.
    expect(posted).toHaveLength(count);
    act(() => frames.splice(0).forEach((cb) => cb(0)));
    expect(posted).toHaveLength(count + 1);
    expect(posted.at(-1)?.data).toMatchObject({ playing: true, t: store.getState().t / 1e6 });
    expect(store.getState().t).toBe(80_000);
    // Pausing is told at once, with the exact moment.
    send(command({ command: 'pause' }));
    expect(posted.at(-1)?.data).toMatchObject({ playing: false, t: 0.08 });
    raf.mockRestore();
  });

  it('with origins restricted, posts only to an allowed parent origin', () => {
    Object.defineProperty(document, 'referrer', {
      value: 'https://b.example/page',
      configurable: true,
    });
    embed([A]);
    expect(posted).toEqual([]);
    Object.defineProperty(document, 'referrer', { value: `${A}/slides`, configurable: true });
    embed([A]);
    expect(posted.map((p) => p.target)).toEqual([A]);
    Object.defineProperty(document, 'referrer', { value: '', configurable: true });
  });
});
