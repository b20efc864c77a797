/**
 * Saves text as a file from the page itself: a Blob, an object URL, a click on a temporary
 * link. No request leaves the browser.
 *
 * @example saveText('fetch-square.py', source, 'text/x-python')
 */

/** The URL of the previous download: kept until the next one, since browsers read it after the click returns. */
let lastUrl: string | null = null;

export function saveText(filename: string, text: string, type: string): void {
  if (lastUrl !== null) URL.revokeObjectURL(lastUrl);
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  lastUrl = url;
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
