import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { PYODIDE_CACHE } from '../../build/pwa';
import { dropStaleRuntimes, RUNTIME_CACHE } from '../../src/playground/runtime-cache';
import { PYODIDE_VERSION } from '../../src/playground/start';

/** A CacheStorage that only knows names, as the worker's cleanup uses it. */
function names(...initial: string[]) {
  const kept = new Set(initial);
  return {
    kept,
    keys: async () => [...kept],
    delete: async (name: string) => kept.delete(name),
  };
}

describe('the Pyodide runtime cache', () => {
  test('is named by the installed Pyodide, in the service worker and the playground worker alike', () => {
    const require = createRequire(import.meta.url);
    const installed = JSON.parse(readFileSync(require.resolve('pyodide/package.json'), 'utf8')) as {
      version: string;
    };
    expect(PYODIDE_VERSION).toBe(installed.version);
    expect(PYODIDE_CACHE).toBe(`pyodide-runtime-${installed.version}`);
    expect(RUNTIME_CACHE).toBe(PYODIDE_CACHE);
  });

  test("drops other versions' runtime caches, the first unversioned one among them", async () => {
    const storage = names(
      'pyodide-runtime',
      'pyodide-runtime-0.27.0',
      RUNTIME_CACHE,
      'pyodide-snapshot',
      'workbox-precache-v2-https://example.org/',
      'pyodide-runtimes-of-someone-else',
    );
    const dropped = await dropStaleRuntimes(storage);
    expect(dropped.sort()).toEqual(['pyodide-runtime', 'pyodide-runtime-0.27.0']);
    expect([...storage.kept].sort()).toEqual(
      [
        RUNTIME_CACHE,
        'pyodide-snapshot',
        'workbox-precache-v2-https://example.org/',
        'pyodide-runtimes-of-someone-else',
      ].sort(),
    );
  });

  test('leaves the current cache alone when it is the only one', async () => {
    const storage = names(RUNTIME_CACHE);
    expect(await dropStaleRuntimes(storage)).toEqual([]);
    expect([...storage.kept]).toEqual([RUNTIME_CACHE]);
  });
});
