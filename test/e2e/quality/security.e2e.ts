// Issue 7 §3: the built page carries a Content-Security-Policy that allows only its own
// origin (no inline script, no eval); the dev server gets none; nothing loads from elsewhere.
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, policyFor } from '../../../build/csp';
import { closeBrowser, openApp } from '../page';

afterAll(closeBrowser);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content-Security-Policy', () => {
  it('is in the built index.html, before any script, and allows only the own origin', async () => {
    const html = await readFile('dist/index.html', 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const policy = directives(meta![1]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const sources of policy.values()) {
      for (const source of sources)
        expect(source).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|data:|blob:)$/);
    }
    // No inline script in the page: every <script> has a src.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
  });

  it('is injected at build time only (the dev server needs inline scripts)', () => {
    expect(contentSecurityPolicy().apply).toBe('build');
    expect(policyFor('<script type="module" src="./a.js"></script>')).not.toMatch(
      /sha256|unsafe-inline/,
    );
  });

  it('is in force in the browser: an injected inline script does not run', async () => {
    const { page, watch } = await openApp();
    await page.getByRole('main').waitFor();
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; blocked: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve({ ran: 'pwned' in window, blocked: e.effectiveDirective }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.pwned = true';
          document.body.append(script);
        }),
    );
    expect(outcome).toEqual({ ran: false, blocked: 'script-src-elem' });
    expect(watch.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
    await page.context().close();
  });

  it('lets the site load and play with no request to another host', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&speed=8&predict=0');
    await page.getByRole('button', { name: 'Jump to end', exact: true }).click();
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe('the published site', () => {
  it('ships no TypeScript source (the dev-only worker URL once copied worker.ts into assets/)', async () => {
    const files = await readdir('dist', { recursive: true });
    expect(files.filter((f) => /\.(ts|tsx)$/.test(f))).toEqual([]);
  });
});
