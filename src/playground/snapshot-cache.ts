/**
 * Keeps the playground's memory snapshot in Cache Storage (readable from the worker, kept
 * with the site's other offline files, cleared with them). One snapshot at a time: a write
 * drops the others, so an old Pyodide's 31 MB never lingers.
 *
 * @example
 *   const store = cacheStore(); // null where Cache Storage is missing (http:, old browsers)
 */
import type { SnapshotStore } from './start';

/** The Cache Storage name of the snapshot (not the service worker's: it never serves it). */
export const SNAPSHOT_CACHE = 'pyodide-snapshot';

/** A same-origin URL that names `key` in the cache (never fetched). */
const urlOf = (key: string) => new URL(`/__pyodide-snapshot/${key}`, self.location.href).href;

export function cacheStore(): SnapshotStore | null {
  if (typeof caches === 'undefined') return null;
  return {
    async read(key) {
      const cache = await caches.open(SNAPSHOT_CACHE);
      const response = await cache.match(urlOf(key));
      // The match is quick; the body (31 MB) is read while Pyodide loads (see StoredSnapshot).
      if (!response) return null;
      return { bytes: response.arrayBuffer().then((buffer) => new Uint8Array(buffer)) };
    },
    async write(key, bytes) {
      const cache = await caches.open(SNAPSHOT_CACHE);
      const url = urlOf(key);
      for (const old of await cache.keys()) if (old.url !== url) await cache.delete(old);
      const headers = { 'content-type': 'application/octet-stream' };
      await cache.put(url, new Response(bytes as Uint8Array<ArrayBuffer>, { headers }));
    },
  };
}
