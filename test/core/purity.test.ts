/**
 * src/core is the Python model only (ARCHITECTURE.md, "Rooms"): it imports nothing outside
 * itself and reads no clock, randomness or browser object, so the same program gives the same
 * trace byte for byte and the core compiles with the ES library alone (no DOM, no Node types).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/core/', import.meta.url);
// Subfolders (asyncio/) are the core too: every file below src/core is checked.
const FILES = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.ts'),
);

/** Where a relative import of `file` points, stays below src/core. */
function inCore(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = posix.normalize(posix.join(posix.dirname(file), specifier));
  return !target.startsWith('..') && /^[\w/-]+$/.test(target);
}

/** The code of a file without its comments (a doc comment may mention `window`). */
function code(file: string): string {
  return readFileSync(new URL(file, DIR), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

const FORBIDDEN =
  /\b(window|document|navigator|setTimeout|setInterval|requestAnimationFrame|Date|performance|Math\.random|crypto|DOMException|process|require|globalThis)\b/;

describe('src/core is pure', () => {
  it('has files to check', () => {
    expect(FILES.length).toBeGreaterThan(20);
  });

  it.each(FILES)('%s imports only from src/core', (file) => {
    const specifiers = [...code(file).matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
    expect(specifiers.filter((s) => !inCore(file, s ?? ''))).toEqual([]);
  });

  it.each(FILES)('%s uses no clock, randomness, timers or browser/Node globals', (file) => {
    expect(code(file).match(FORBIDDEN)?.[0] ?? null).toBeNull();
  });
});
