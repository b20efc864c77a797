/**
 * Saves a Blob as a file from the page itself: an object URL and a click on a temporary
 * link (`saveText` for text). No request leaves the browser.
 *
 * @example saveBlob('fetch-square-8.000s.png', pngBlob)
 */

/** The previous download's URL: kept until the next, since browsers read it after the click. */
let lastUrl: string | null = null;

export function saveBlob(filename: string, blob: Blob): void {
  if (lastUrl !== null) URL.revokeObjectURL(lastUrl);
  const url = URL.createObjectURL(blob);
  lastUrl = url;
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
