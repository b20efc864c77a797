/**
 * Serves a built folder at a sub-path with cross-origin isolation headers (COOP + COEP).
 * Why: outside isolation Chromium coarsens `performance.now()` and rAF timestamps to 0.1 ms,
 * so a true 16.67 ms frame reads as 16.6, 16.7 or 16.8 ms; isolated, the clock is precise to
 * a few microseconds and a frame interval can be compared with 16.7 ms as it is.
 * The site loads only from its own origin, so isolation changes nothing else for it.
 *
 * @example
 *   const server = await serveIsolated('dist', '/demo/sub/'); // server.url, server.close()
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export async function serveIsolated(
  root: string,
  mount: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path.slice(mount.length)));
    if (!path.startsWith(mount) || !file.startsWith(normalize(root))) {
      res.writeHead(404).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
