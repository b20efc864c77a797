/**
 * Malformed and hostile links, a bounded batch: each names what it tries. Markup payloads
 * set `window.__xss` if they ever run, and name the elements they would create.
 *
 * @example
 *   for (const link of HOSTILE_LINKS) await page.goto(base + link.query);
 */
export interface HostileLink {
  what: string;
  query: string;
}

const XSS = 'window.__xss=1';
const many = (item: string, count: number) => Array<string>(count).fill(item).join(',');

export const HOSTILE_LINKS: HostileLink[] = [
  { what: 'unknown scenario', query: '?scenario=no-such-scenario' },
  { what: 'empty scenario', query: '?scenario=' },
  { what: 'scenario with a NUL', query: '?scenario=fetch-square%00' },
  { what: 'broken numbers', query: '?scenario=lab&numbers=2,,x,3e,0x,--1' },
  { what: 'non-finite numbers', query: '?scenario=lab&numbers=NaN,Infinity,-inf,1e999' },
  { what: 'a 5000-digit number', query: `?scenario=lab&numbers=${'9'.repeat(5000)}` },
  { what: '10 000 calls', query: `?scenario=lab&numbers=${many('1', 10_000)}` },
  { what: 'huge delay', query: '?scenario=lab&numbers=2&delays=1e308' },
  { what: 'negative delay', query: '?scenario=lab&numbers=2,3&delays=-5,NaN' },
  { what: 'huge timeout', query: '?scenario=lab&numbers=2&timeout=1e400' },
  { what: 'unknown outcome and observe', query: '?scenario=lab&outcomes=maybe&observe=never' },
  { what: 'playhead out of range', query: '?scenario=fetch-square&t=1e308' },
  { what: 'negative and NaN playhead', query: '?scenario=fetch-square&t=-1&t=NaN' },
  { what: 'absurd speeds', query: '?scenario=fetch-square&speed=1e9' },
  { what: 'zoom window backwards', query: '?scenario=fetch-square&from=8&to=7' },
  { what: 'zoom window out of range', query: '?scenario=fetch-square&from=-1&to=1e309' },
  { what: 'zoom window cut short', query: '?scenario=fetch-square&from=7.9' },
  { what: 'zoom window of nothing', query: '?scenario=fetch-square&from=8&to=8' },
  { what: 'zero speed', query: '?scenario=network-request&speed=0' },
  { what: 'markup in scenario', query: `?scenario=<img src=x onerror=${XSS}>` },
  { what: 'script in numbers', query: `?scenario=lab&numbers=<script>${XSS}</script>` },
  { what: 'markup in outcomes', query: '?scenario=lab&numbers=2&outcomes=<b id=bold>bold</b>' },
  { what: 'attribute breakout', query: `?scenario=lab&observe="><svg onload=${XSS}>` },
  { what: 'iframe in timeout', query: `?scenario=lab&timeout=<iframe src=javascript:${XSS}>` },
  { what: 'markup in presenter', query: `?presenter=<img src=x onerror=${XSS}>` },
  {
    what: 'encoded markup',
    query: `?scenario=lab&numbers=${encodeURIComponent(`<img src=x onerror=${XSS}>`)}`,
  },
  { what: 'bad percent-encoding', query: '?scenario=%E0%A4%A&numbers=%ZZ&delays=%' },
  { what: 'truncated escape', query: '?scenario=lab&numbers=2%2' },
  {
    what: 'repeated keys',
    query: '?scenario=lab&scenario=fetch-square&numbers=1&numbers=2&t=1&t=2',
  },
  { what: 'keys without values', query: '?scenario&numbers&delays=&&&=&t' },
  { what: 'unicode digits', query: '?scenario=lab&numbers=٣,²,１,Ⅻ' },
  { what: 'prototype keys', query: '?__proto__=x&constructor=y&scenario=toString' },
  { what: 'hash and query mixed', query: '?scenario=lab#numbers=<b>x</b>' },
  {
    what: 'markup in a note',
    query: `?scenario=fetch-square&note=<img src=x onerror=${XSS}><b id=bold>b</b>`,
  },
  {
    what: 'a 10 000-character note',
    query: `?scenario=fetch-square&t=5&note=${'x'.repeat(10_000)}`,
  },
  {
    what: 'control characters in a note',
    query: '?scenario=fetch-square&note=a%00b%0Ac%1Bd%7Fe%C2%85f',
  },
  {
    what: 'right-to-left override in a note',
    query: '?scenario=fetch-square&t=1&note=%E2%80%AEgnp.exe%E2%80%AC%20%E2%81%A6x%E2%81%A9',
  },
  {
    what: 'a note pinned to a bad moment',
    query: '?scenario=fetch-square&note=hi&noteAt=NaN&t=1e308',
  },
  { what: 'markup in an embedded note', query: `?embed=1&scenario=lab&note=<svg onload=${XSS}>` },
  { what: 'embed with other values', query: '?embed=2&scenario=fetch-square&embed=<b id=bold>' },
  {
    what: 'markup as a playground program',
    query: `?scenario=playground&code=${encodeURIComponent(`print("<img src=x onerror=${XSS}>")`)}`,
  },
];
