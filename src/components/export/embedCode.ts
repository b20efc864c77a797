/**
 * The `<iframe>` snippet that embeds a player (`embed=1`) in another page. Every attribute
 * value is escaped, so a scenario title or a note in the link can never close the attribute.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside a double-quoted HTML attribute. */
export const escapeAttribute = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The embed link for a page address: the same link fields with `embed=1`, without a hash.
 *
 * @example embedSrc('https://x.example/fv/?scenario=lab&t=2'); // 'https://x.example/fv/?scenario=lab&t=2&embed=1'
 */
export function embedSrc(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('embed', '1');
  url.hash = '';
  return url.toString().replace(/%2C/g, ',');
}

/**
 * The snippet: a 960×540 frame, borderless, loaded lazily, titled for screen readers.
 *
 * @example
 *   embedSnippet('https://x.example/?embed=1', 'fetch_square');
 *   // '<iframe src="https://x.example/?embed=1" title="Futures Visualizer: fetch_square" width="960" height="540" style="border:0" loading="lazy"></iframe>'
 */
export function embedSnippet(src: string, scenarioTitle: string): string {
  const title = escapeAttribute(`Futures Visualizer: ${scenarioTitle}`);
  return `<iframe src="${escapeAttribute(src)}" title="${title}" width="960" height="540" style="border:0" loading="lazy"></iframe>`;
}
