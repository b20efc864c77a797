/**
 * Serves Pyodide's runtime from the site's own origin: copies the five files the
 * playground needs from node_modules/pyodide into `dist/pyodide/` at build time, and serves
 * them at `/pyodide/` in the dev server. Never committed, never fetched from another host.
 * It also builds the playground's Web Worker as `playground-worker.js` (a stable name the
 * bridge and the browser tests can open, whether or not a page imports the playground).
 *
 * @example
 *   // vite.config.ts
 *   plugins: [react(), pyodideRuntime()]
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The built worker's file, at the site's root. */
export const WORKER_FILE = 'playground-worker.js';

/** What `loadPyodide` fetches for plain CPython with no extra packages. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;

const TYPES: Record<string, string> = {
  mjs: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
};

/** The folder of the installed `pyodide` package. */
export function pyodideDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pyodide/package.json'));
}

export function pyodideRuntime(): Plugin {
  let skip = false;
  return {
    name: 'futures-visualizer:pyodide-runtime',
    configResolved(config) {
      // One self-contained .html cannot carry 13 MB of runtime; and a server (the dev server,
      // vitest's) serves the files from configureServer below, with nothing to emit.
      skip = config.mode === 'single' || config.command === 'serve';
    },
    configureServer(server) {
      const dir = pyodideDir();
      server.middlewares.use((req, res, next) => {
        const name = /\/pyodide\/([\w.-]+)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
        if (!name || !(PYODIDE_FILES as readonly string[]).includes(name)) return next();
        const file = join(dir, name);
        if (!existsSync(file)) return next();
        res.setHeader(
          'content-type',
          TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
        );
        createReadStream(file).pipe(res);
      });
    },
    buildStart() {
      if (skip || this.meta.watchMode) return;
      const worker = fileURLToPath(new URL('../src/playground/worker.ts', import.meta.url));
      this.emitFile({ type: 'chunk', id: worker, fileName: WORKER_FILE });
    },
    generateBundle() {
      if (skip || this.meta.watchMode) return;
      const dir = pyodideDir();
      for (const name of PYODIDE_FILES) {
        this.emitFile({
          type: 'asset',
          fileName: `pyodide/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
  };
}
