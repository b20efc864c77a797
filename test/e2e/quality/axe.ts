/**
 * Runs axe-core in a page. The script is evaluated through the DevTools protocol, which the
 * page's Content-Security-Policy does not govern, so the site's policy stays exactly as shipped.
 *
 * @example
 *   expect(await axeViolations(page)).toEqual([]);
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One line per violation: rule id, impact, and the first few elements it names. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`);
}
