/**
 * Builds what the bench measures, in temporary folders, with the project's own Vite:
 * the site itself, and a bare React + ReactDOM + zustand page as the yardstick.
 *
 * @example
 *   const site = await buildSite();      // { outDir, chunks }
 *   const bare = await buildBarePage();
 */
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';

export interface Built {
  outDir: string;
  output: Rolldown.RolldownOutput;
  cleanup: () => Promise<void>;
}

const PROJECT = resolve(import.meta.dirname, '..');

function firstOutput(result: Awaited<ReturnType<typeof build>>): Rolldown.RolldownOutput {
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error('vite build returned no output');
  return output;
}

/** Inside the project so that `react` & co. resolve from its node_modules. */
async function scratchDir(prefix: string): Promise<string> {
  const parent = join(PROJECT, 'node_modules', '.cache');
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, prefix));
}

/** The production site, built with vite.config.ts into a temporary folder. */
export async function buildSite(): Promise<Built> {
  const outDir = await scratchDir('bench-site-');
  const result = await build({
    root: PROJECT,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, output: firstOutput(result), cleanup: () => rm(outDir, { recursive: true }) };
}

const BARE_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>bare</title></head>
  <body><div id="root"></div><script type="module" src="./main.tsx"></script></body>
</html>
`;

// The least a React + zustand page with a Play button can be: the yardstick for our bundle.
const BARE_MAIN = `import { createRoot } from 'react-dom/client';
import { create } from 'zustand';

const usePlayback = create<{ playing: boolean; toggle: () => void }>((set) => ({
  playing: false,
  toggle: () => set((s) => ({ playing: !s.playing })),
}));

function App() {
  const { playing, toggle } = usePlayback();
  return <main><button type="button" onClick={toggle}>{playing ? 'Pause' : 'Play'}</button></main>;
}

createRoot(document.getElementById('root')!).render(<App />);
`;

/** The bare page, built by the same Vite with the same target, into a temporary folder. */
export async function buildBarePage(): Promise<Built> {
  const root = await scratchDir('bench-bare-');
  await writeFile(join(root, 'index.html'), BARE_HTML);
  await writeFile(join(root, 'main.tsx'), BARE_MAIN);
  const outDir = join(root, 'dist');
  const result = await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return { outDir, output: firstOutput(result), cleanup: () => rm(root, { recursive: true }) };
}

let shared: Promise<{ site: Built; bare: Built }> | null = null;

/** Both builds, made once per bench run and shared by its sections; removed when it exits. */
export function sharedBuilds(): Promise<{ site: Built; bare: Built }> {
  shared ??= (async () => {
    const site = await buildSite();
    const bare = await buildBarePage();
    process.once('exit', () => {
      rmSync(site.outDir, { recursive: true, force: true });
      rmSync(join(bare.outDir, '..'), { recursive: true, force: true });
    });
    return { site, bare };
  })();
  return shared;
}
