/**
 * Starts the playground's CPython, from a memory snapshot when one is stored: the heap of a
 * runtime that already imported our vt_* modules, so a later visit skips CPython's start and
 * the imports (Node: 1.4 s instead of 12 s). Pyodide 314.0.7 calls the options
 * `_makeSnapshot` / `_loadSnapshot` experimental, so any failure falls back, silently, to a
 * normal start, which then makes a fresh snapshot.
 *
 * @example
 *   const started = await startPython({ loadPyodide, indexURL, store: cacheStore() });
 *   if (started.snapshot) void store.write(SNAPSHOT_KEY, started.snapshot);
 */
import { PYTHON_FILES } from './python-files';
import { preparePython, PREPARE_CODE, type PyodideLike } from './session';

/** The pinned Pyodide (package.json): a snapshot only fits the exact runtime that made it. */
export const PYODIDE_VERSION = '314.0.7';

/** FNV-1a, enough to tell one version of our Python side from another. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Names a snapshot by the runtime and by the Python it imported: a new Pyodide or a changed
 * vt_*.py gives a new key, so a stale snapshot is never read (it is deleted on the next write).
 */
export const SNAPSHOT_KEY = `pyodide-${PYODIDE_VERSION}-vt-${hash(
  PREPARE_CODE + JSON.stringify(Object.entries(PYTHON_FILES)),
)}`;

/**
 * A stored snapshot: its bytes, or a promise of them when the store knows it holds one before
 * it has read it (Cache Storage finds the entry at once, reading 31 MB takes longer: Pyodide
 * fetches and compiles its runtime meanwhile, as it awaits the bytes only after that).
 */
export type StoredSnapshot = Uint8Array | { bytes: Promise<Uint8Array> };

/** Where snapshots are kept (Cache Storage in the worker, a Map in the Node tests). */
export interface SnapshotStore {
  read(key: string): Promise<StoredSnapshot | null>;
  /** Keeps `bytes` under `key` and drops every other snapshot. */
  write(key: string, bytes: Uint8Array): Promise<void>;
}

interface LoadOptions {
  indexURL?: string;
  _makeSnapshot?: boolean;
  _loadSnapshot?: Uint8Array | Promise<Uint8Array>;
}

export interface Started {
  py: PyodideLike;
  from: 'snapshot' | 'fresh';
  /** A new snapshot to store, taken before any run (fresh starts only). */
  snapshot: Uint8Array | null;
}

interface Snapshotting extends PyodideLike {
  makeMemorySnapshot(): Uint8Array;
}

export async function startPython(options: {
  loadPyodide: (options: LoadOptions) => Promise<unknown>;
  indexURL?: string;
  store: SnapshotStore | null;
}): Promise<Started> {
  const { loadPyodide, indexURL, store } = options;
  const stored = await store?.read(SNAPSHOT_KEY).catch(() => null);
  if (stored) {
    // Awaited by loadPyodide only after it fetched its runtime: a failed read must not be
    // reported as unhandled meanwhile (it is handled below, by the normal start).
    if (!(stored instanceof Uint8Array)) stored.bytes.catch(() => undefined);
    try {
      const bytes = stored instanceof Uint8Array ? stored : stored.bytes;
      const py = (await loadPyodide({ indexURL, _loadSnapshot: bytes })) as PyodideLike;
      // The snapshot holds the heap, not Emscripten's file system: write /vt again (the
      // imports are already in sys.modules, so this costs a few ms).
      await preparePython(py);
      return { py, from: 'snapshot', snapshot: null };
    } catch {
      // Refused, broken or unreadable: start normally below, and replace it.
    }
  }
  const py = (await loadPyodide({ indexURL, _makeSnapshot: Boolean(store) })) as Snapshotting;
  await preparePython(py);
  let snapshot: Uint8Array | null = null;
  try {
    // Synchronous copy of the heap (31 MB, ~0.1 s), taken before any run changes it.
    if (store) snapshot = py.makeMemorySnapshot();
  } catch {
    snapshot = null;
  }
  return { py, from: 'fresh', snapshot };
}
