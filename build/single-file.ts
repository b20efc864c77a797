/**
 * `npm run build:single`: the whole app as one `.html` that opens from `file://` (a USB
 * stick, an e-mail attachment) with nothing beside it.
 *
 * vite-plugin-singlefile inlines every script and stylesheet; this adds the two things it
 * leaves outside: the favicon (inlined as a `data:` URL) and the web-app manifest link (a
 * manifest needs a server, so the single file has none).
 *
 * @example
 *   // vite.config.ts, when mode === 'single'
 *   plugins: [react(), ...singleFile({ favicon: 'public/icons/favicon-32.png' })]
 */
import { readFileSync } from 'node:fs';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** The name of the one file `build:single` writes. */
export const SINGLE_FILE_NAME = 'futures-visualizer.html';

/** Replaces the favicon link's `href` with a `data:` URL of the PNG and drops any manifest link. */
export function selfContainedHead(html: string, faviconPng: Uint8Array): string {
  const dataUrl = `data:image/png;base64,${Buffer.from(faviconPng).toString('base64')}`;
  return html
    .replace(/(<link\b[^>]*rel="icon"[^>]*href=")[^"]*(")/i, `$1${dataUrl}$2`)
    .replace(/\s*<link\b[^>]*rel="manifest"[^>]*>/gi, '');
}

function inlineHead(faviconPath: string): Plugin {
  return {
    name: 'futures-visualizer:single-file-head',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => selfContainedHead(html, readFileSync(faviconPath)),
    },
  };
}

/** The plugins for the single-file build (the CSP plugin goes after them). */
export function singleFile(options: { favicon: string }): PluginOption[] {
  return [
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME, removeViteModuleLoader: true }),
    inlineHead(options.favicon),
  ];
}
