/**
 * Offline after one visit: vite-plugin-pwa generates a Workbox service worker that precaches
 * the built site (HTML, JS, CSS, icons) and the web-app manifest.
 *
 * - `registerType: 'prompt'`: a new version waits until the person presses **Reload** in the
 *   "update available" prompt (src/components/pwa/); it never swaps code under a running lesson.
 * - `injectRegister: false`: the app registers the worker itself after load (no
 *   workbox-window in the page's JavaScript, nothing on the path to first paint).
 * - The Pyodide runtime (`pyodide/`, tens of MB) is not precached: most visitors never open
 *   the playground. It is cached at run time, on first use, and served from the cache after.
 *
 * @example
 *   // vite.config.ts
 *   plugins: [react(), offline()]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pyodideDir } from './pyodide.ts';

/** The installed Pyodide's version (node_modules/pyodide/package.json). */
function pyodideVersion(): string {
  const manifest = readFileSync(join(pyodideDir(), 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

/**
 * The Cache Storage name of the Pyodide runtime files, named by the runtime's version: the
 * files' URLs (`pyodide/pyodide.asm.wasm`…) carry none, so after an upgrade a cache keyed by URL
 * alone would keep serving the old runtime (CacheFirst). The worker reads the same name
 * (src/playground/runtime-cache.ts) and deletes the other versions' caches.
 */
export const PYODIDE_CACHE = `pyodide-runtime-${pyodideVersion()}`;

export function offline(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
    includeAssets: ['favicon.svg', 'icons/*.png'],
    manifest: {
      name: 'Futures Visualizer',
      short_name: 'Futures',
      description:
        "Watch Python's concurrent.futures.Future live its life: threads, timers and done-callbacks in virtual time.",
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#0b2540',
      theme_color: '#0b2540',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,woff2}'],
      globIgnores: ['pyodide/**', 'single/**'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/pyodide\//],
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Same-origin Pyodide files only: the site never loads anything from another host.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/pyodide/'),
          handler: 'CacheFirst',
          options: {
            cacheName: PYODIDE_CACHE,
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
}
