/**
 * `BENCH_PROFILE=1 npm run bench`: a CPU profile (DevTools protocol) of one Lab playback,
 * summarised as the functions with the most self time, so a missed frame budget names its
 * cause. Off by default: profiling itself slows the page.
 *
 * @example
 *   const stop = await startProfile(page);  …play…  console.log(await stop());
 */
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export async function startProfile(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = profile.nodes as ProfileNode[];
    const total = nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
    const self = new Map<string, number>();
    for (const node of nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const file = url.split('/').pop() || '(native)';
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
    }
    return [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([key, hits]) => `        ${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
      .join('\n');
  };
}
