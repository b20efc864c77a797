/**
 * src/core is the Python model only (ARCHITECTURE.md, "Rooms"): it imports nothing outside
 * itself and reads no clock, randomness or browser object, so the same program gives the same
 * trace byte for byte and the core compiles with the ES library alone (no DOM, no Node types).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/core/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

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
    expect(specifiers.filter((s) => !/^\.\/[\w-]+$/.test(s ?? ''))).toEqual([]);
  });

  it.each(FILES)('%s uses no clock, randomness, timers or browser/Node globals', (file) => {
    expect(code(file).match(FORBIDDEN)?.[0] ?? null).toBeNull();
  });
});
