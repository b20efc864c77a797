import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteOf, type Palette } from '../../src/export/palette';

const CSS = readFileSync(resolve(import.meta.dirname, '../../src/app/theme.css'), 'utf8');

/** The custom properties a theme.css block sets. */
function block(selector: string): Map<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = CSS.slice(start, CSS.indexOf('}', start));
  return new Map(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

/** The palette's fields by the page's variable names. */
const asVariables = (p: Palette) =>
  new Map<string, string>([
    ['bg', p.bg],
    ['fg', p.fg],
    ['muted', p.muted],
    ['panel', p.panel],
    ['panel-2', p.panel2],
    ['border', p.border],
    ['state-pending', p.pending],
    ['state-finished', p.finished],
    ['state-raised', p.raised],
    ['state-cancelled', p.cancelled],
    ['stderr', p.stderr],
    ['playhead', p.playhead],
    ...p.threads.map((c, i): [string, string] => [`thread-${i}`, c]),
  ]);

describe('the exports’ palettes', () => {
  it('are the page’s light theme, colour for colour', () => {
    const light = block(':root');
    for (const [name, hex] of asVariables(paletteOf('light')))
      expect(hex, name).toBe(light.get(name));
  });

  it('are the page’s dark theme: its overrides, else the light colours', () => {
    const light = block(':root');
    const dark = block(":root[data-theme='dark']");
    for (const [name, hex] of asVariables(paletteOf('dark')))
      expect(hex, name).toBe(dark.get(name) ?? light.get(name));
  });
});
