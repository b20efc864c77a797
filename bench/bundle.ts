/**
 * Bench section "bundle": the JavaScript `index.html` loads before first paint (its entry
 * module and every module that entry imports statically, gzipped), against a bare React +
 * ReactDOM + zustand page built by the same Vite in the same run.
 *
 * @example
 *   const ok = await bundleBench.run(); // builds (once per run) the site and the bare page
 */
import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { printFigures, type Figure } from './report';
import type { BenchSection } from './run';
import { sharedBuilds, type Built } from './site';

/** The ratio budget of issue 7: first-load JS at most 1.35× the bare page's. */
export const BUNDLE_RATIO_BUDGET = 1.35;

type Chunk = Rolldown.OutputChunk;

/** The JS files `index.html` itself names: module scripts and modulepreload links. */
export function scriptsOfIndexHtml(output: Rolldown.RolldownOutput): string[] {
  const html = output.output.find((o) => o.type === 'asset' && o.fileName === 'index.html');
  if (!html || html.type !== 'asset') throw new Error('the build emitted no index.html');
  const source = String(html.source);
  const tags = [
    ...source.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...source.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return tags.map((m) => m[1]!.replace(/^\.?\//, ''));
}

/**
 * What must load before first paint: the scripts index.html names plus everything they
 * import statically. Other entries (the playground's worker, the service worker) and
 * dynamic imports (lazy views) are not counted: the first screen does not wait for them.
 */
export function firstLoadChunks(output: Rolldown.RolldownOutput): Chunk[] {
  const chunks = new Map<string, Chunk>();
  for (const item of output.output) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const fileName of scriptsOfIndexHtml(output)) if (chunks.has(fileName)) visit(fileName);
  return [...seen].flatMap((name) => chunks.get(name) ?? []);
}

export function gzipBytes(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Gzipped bytes of the first-load JS, and how many files it is. */
export function firstLoadJs(output: Rolldown.RolldownOutput): { bytes: number; files: number } {
  const chunks = firstLoadChunks(output);
  return { bytes: chunks.reduce((sum, c) => sum + gzipBytes(c.code), 0), files: chunks.length };
}

/** Gzipped bytes of every JS chunk that is loaded only on demand (lazy views). */
export function lazyJs(output: Rolldown.RolldownOutput): number {
  const first = new Set(firstLoadChunks(output).map((c) => c.fileName));
  return output.output
    .filter((c): c is Chunk => c.type === 'chunk' && !first.has(c.fileName))
    .reduce((sum, c) => sum + gzipBytes(c.code), 0);
}

/** Where a module comes from: its npm package, or `app: src/<room>` for our own code. */
function origin(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1]!;
  const room = /\/src\/([^/]+)/.exec(id);
  return room ? `app: src/${room[1]}` : 'other';
}

/** The largest contributors to first-load JS (rendered bytes before minifying), largest first. */
export function firstLoadBreakdown(output: Rolldown.RolldownOutput, top = 8): string {
  const sizes = new Map<string, number>();
  for (const chunk of firstLoadChunks(output)) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      sizes.set(origin(id), (sizes.get(origin(id)) ?? 0) + info.renderedLength);
    }
  }
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)}`)
    .join(', ');
}

export function bundleFigures(site: Built, bare: Built): Figure[] {
  const app = firstLoadJs(site.output);
  const yardstick = firstLoadJs(bare.output);
  const kB = (bytes: number) => Math.round(bytes / 10.24) / 100;
  return [
    {
      name: 'first-load JS of index.html (gzip)',
      value: kB(app.bytes),
      unit: 'kB',
      note: `${app.files} file(s)`,
    },
    { name: 'bare React + ReactDOM + zustand page (gzip)', value: kB(yardstick.bytes), unit: 'kB' },
    {
      name: 'ratio of first-load JS to the bare page',
      value: Math.round((app.bytes / yardstick.bytes) * 100) / 100,
      unit: '×',
      budget: BUNDLE_RATIO_BUDGET,
    },
    { name: 'lazy-loaded JS, all chunks (gzip)', value: kB(lazyJs(site.output)), unit: 'kB' },
  ];
}

/** Prints what the first-load JS is made of, so a missed budget says what causes it. */
function printBreakdown(site: Built): void {
  console.log(
    `        first load by origin (kB before minifying): ${firstLoadBreakdown(site.output)}`,
  );
}

/** The bench section (listed in bench/run.ts). */
export const bundleBench: BenchSection = {
  name: 'bundle: index.html before first paint',
  async run(): Promise<boolean> {
    const { site, bare } = await sharedBuilds();
    const met = printFigures(bundleFigures(site, bare));
    printBreakdown(site);
    return met;
  },
};
