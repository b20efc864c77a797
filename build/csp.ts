/**
 * A build-only Content-Security-Policy `<meta>` for index.html.
 *
 * Build only, because Vite's dev server injects inline scripts (HMR client, React refresh
 * preamble) that a strict policy would block. The policy allows the site's own origin and
 * nothing else: no inline script, no `eval`, no other host. WebAssembly (the playground's
 * Pyodide) needs `'wasm-unsafe-eval'`, which allows compiling wasm but not JS `eval`.
 *
 * The single-file build inlines its scripts and styles; for it the policy names each inline
 * block by its SHA-256 hash, so exactly those blocks run and nothing injected later does.
 *
 * @example
 *   // vite.config.ts
 *   plugins: [react(), contentSecurityPolicy()]
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The directives of the served site's policy, in the order they are written. */
export const SITE_POLICY: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** `sha256-…` source expressions for every inline `<tag>…</tag>` (no `src`) in `html`. */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  const hashes: string[] = [];
  for (const match of html.matchAll(pattern)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/.test(attributes) || body.length === 0) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The policy text for one built page: the site policy, plus hashes of its inline blocks
 * (only the single-file build has any).
 *
 * @example
 *   policyFor('<script type="module" src="./a.js"></script>')
 *   // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function policyFor(html: string): string {
  const scripts = inlineHashes(html, 'script');
  const styles = inlineHashes(html, 'style');
  return SITE_POLICY.map(([name, value]) => {
    if (name === 'script-src' && scripts.length) return `${name} ${value} ${scripts.join(' ')}`;
    if (name === 'style-src' && styles.length) return `${name} ${value} ${styles.join(' ')}`;
    return `${name} ${value}`;
  }).join('; ');
}

/** Puts the policy right after `<meta charset>`, before any script or link it must govern. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  const charset = /<meta\s+charset=[^>]*>/i;
  if (charset.test(html)) return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/** The Vite plugin: rewrites every emitted .html after all other plugins have inlined theirs. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'futures-visualizer:csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          file.source = withPolicy(String(file.source));
        }
      },
    },
  };
}
