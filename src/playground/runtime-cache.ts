/**
 * The Cache Storage where the service worker keeps the Pyodide runtime's files, named by
 * the runtime's version (build/pwa.ts names it the same way): the files' URLs carry no
 * version, so a cache of an older Pyodide would otherwise keep answering after an upgrade.
 *
 * @example
 *   await caches.match(url, { cacheName: RUNTIME_CACHE });
 *   void dropStaleRuntimes(caches); // once the runtime is ready
 */
import { PYODIDE_VERSION } from './start';

/** Every runtime cache's name starts so (until this naming, the name was this alone). */
const PREFIX = 'pyodide-runtime';

export const RUNTIME_CACHE = `${PREFIX}-${PYODIDE_VERSION}`;

/**
 * Deletes the runtime caches of other Pyodide versions (tens of MB each, never read again).
 * Resolves to the names deleted; a storage that refuses leaves them for the next visit.
 */
export async function dropStaleRuntimes(
  storage: Pick<CacheStorage, 'keys' | 'delete'>,
): Promise<string[]> {
  const names = await storage.keys();
  const stale = names.filter(
    (name) => (name === PREFIX || name.startsWith(`${PREFIX}-`)) && name !== RUNTIME_CACHE,
  );
  await Promise.all(stale.map((name) => storage.delete(name)));
  return stale;
}
