// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fromSeconds } from '../../src/core/trace';
import { frameScene } from '../../src/export/frameScene';
import type { Scene } from '../../src/export/scene';
import { escapeXml, sceneToSvg } from '../../src/export/svg';
import { runScenario } from '../../src/scenarios';

const HOSTILE = '</text><script>alert("x")</script><text>&amp; \'q\'';

/** The document a browser reads from the file. */
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('sceneToSvg', () => {
  it('keeps a program’s hostile print as text: no element comes of it', () => {
    const run = runScenario('fetch-square');
    // The same program, but its first print writes markup.
    const trace = {
      ...run.trace,
      events: run.trace.events.map((e) =>
        e.type === 'stdout' && e.text === 'Result is: 4\n' ? { ...e, text: `${HOSTILE}\n` } : e,
      ),
    };
    const svg = sceneToSvg(frameScene({ trace, title: run.title, t: trace.end }));
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain(HOSTILE);
  });

  it('escapes a hostile title and the five XML specials', () => {
    const scene: Scene = {
      width: 100,
      height: 50,
      background: '#ffffff',
      title: '<b>"fetch" & \'square\'</b>',
      items: [],
    };
    const doc = parse(sceneToSvg(scene));
    expect(doc.querySelector('title')?.textContent).toBe(scene.title);
    expect(doc.querySelector('b')).toBeNull();
    expect(escapeXml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('is a standalone SVG: its size, a title, system fonts, and a pattern for hatching', () => {
    const run = runScenario('fetch-square');
    const scene = frameScene({ trace: run.trace, title: run.title, t: fromSeconds(4) });
    const svg = sceneToSvg(scene);
    const root = parse(svg).documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(scene.width));
    expect(root.getAttribute('height')).toBe(String(scene.height));
    expect(root.querySelector('title')?.textContent).toBe(scene.title);
    const hatch = root.querySelector('pattern[id^="hatch-"]');
    expect(hatch).not.toBeNull();
    expect(root.querySelector(`rect[fill="url(#${hatch!.id})"]`)).not.toBeNull();
    const fonts = new Set(
      [...root.querySelectorAll('text')].map((t) => t.getAttribute('font-family')),
    );
    for (const font of fonts) expect(font).toMatch(/(sans-serif|monospace)$/);
    // No fetch of any kind: no external reference, no font file.
    expect(svg).not.toMatch(/href=|@font-face|url\((?!#)/);
  });

  it('keeps the code’s indentation (spaces are preserved)', () => {
    const run = runScenario('fetch-square');
    const root = parse(
      sceneToSvg(frameScene({ trace: run.trace, title: run.title, t: 0 })),
    ).documentElement;
    expect(root.getAttribute('xml:space')).toBe('preserve');
    expect(root.getAttribute('style')).toContain('white-space: pre');
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    const indented = run.trace.source.split('\n').find((l) => l.trim() === 'future = Future()');
    expect(indented).toMatch(/^ +future/);
    expect(texts).toContain(indented);
  });
});
