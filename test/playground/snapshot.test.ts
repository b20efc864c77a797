import { readdirSync, readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { describe, expect, test } from 'vitest';
import { runProgram, type PyodideLike } from '../../src/playground/session';
import { SNAPSHOT_KEY, startPython, type SnapshotStore } from '../../src/playground/start';
import { POOL_100 } from '../e2e/pool100';
import { SEED_FETCH_SQUARE as SEED } from '../seed/seed';

/** The Map the worker's Cache Storage stands for. */
function mapStore(): SnapshotStore & { map: Map<string, Uint8Array> } {
  const map = new Map<string, Uint8Array>();
  return {
    map,
    read: async (key) => map.get(key) ?? null,
    write: async (key, bytes) => {
      map.clear();
      map.set(key, bytes);
    },
  };
}

const load = loadPyodide as (options: object) => Promise<unknown>;
const dir = new URL('./programs/', import.meta.url);
const PROGRAMS = [
  SEED,
  POOL_100,
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .slice(0, 4)
    .map((f) => readFileSync(new URL(f, dir), 'utf8')),
];

async function traces(py: PyodideLike): Promise<string[]> {
  const out: string[] = [];
  for (const source of PROGRAMS) {
    const outcome = await runProgram(py, source);
    // Object addresses (repr) differ between runtimes; nothing else may.
    out.push(JSON.stringify(outcome).replace(/0x[0-9a-f]+/g, '0x?'));
  }
  return out;
}

describe('starting the playground from a memory snapshot', () => {
  const store = mapStore();
  let fresh: string[] = [];

  test('a first start is normal and gives a snapshot to store, taken before any run', async () => {
    const started = await startPython({ loadPyodide: load, store });
    expect(started.from).toBe('fresh');
    expect(started.snapshot?.length).toBeGreaterThan(1_000_000);
    await store.write(SNAPSHOT_KEY, started.snapshot!);
    fresh = await traces(started.py);
  });

  test('a start from it gives the same traces as the normal start', async () => {
    const started = await startPython({ loadPyodide: load, store });
    expect(started.from).toBe('snapshot');
    expect(started.snapshot).toBeNull();
    expect(fresh).toHaveLength(PROGRAMS.length);
    expect(await traces(started.py)).toEqual(fresh);
  });

  test('a store that finds the snapshot before reading it (Cache Storage) starts from it', async () => {
    const bytes = store.map.get(SNAPSHOT_KEY)!;
    const found: SnapshotStore = {
      read: async () => ({ bytes: new Promise((resolve) => setTimeout(() => resolve(bytes), 50)) }),
      write: store.write,
    };
    const started = await startPython({ loadPyodide: load, store: found });
    expect(started.from).toBe('snapshot');
    expect(await traces(started.py)).toEqual(fresh);
  });

  test('a snapshot found but unreadable falls back, silently, to a normal start', async () => {
    const unreadable: SnapshotStore = {
      read: async () => ({ bytes: Promise.reject(new Error('body stream was aborted')) }),
      write: async () => undefined,
    };
    const started = await startPython({ loadPyodide: load, store: unreadable });
    expect(started.from).toBe('fresh');
    const outcome = await runProgram(started.py, SEED);
    expect(outcome.ok).toBe(true);
  });

  test('a snapshot the runtime refuses falls back, silently, to a normal start', async () => {
    const broken = mapStore();
    await broken.write(SNAPSHOT_KEY, new Uint8Array(64 * 1024).fill(7));
    const started = await startPython({ loadPyodide: load, store: broken });
    expect(started.from).toBe('fresh');
    const outcome = await runProgram(started.py, SEED);
    expect(outcome.ok).toBe(true);
  });

  test('no store (no Cache Storage): a normal start and no snapshot', async () => {
    const failing: SnapshotStore = {
      read: () => Promise.reject(new Error('SecurityError')),
      write: () => Promise.reject(new Error('SecurityError')),
    };
    const started = await startPython({ loadPyodide: load, store: failing });
    expect(started.from).toBe('fresh');
  });
});
