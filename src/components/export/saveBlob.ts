/**
 * Saves a file made in the page (a video, a GIF): an object URL and a click on a temporary
 * link, as `saveText` does for text. No request leaves the browser.
 *
 * @example saveBlob('fetch-square-0.000-8.000s.webm', blob);
 */

/** The previous file's URL: kept until the next save, since browsers read it after the click. */
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

/**
 * A file's size as people read it.
 *
 * @example fileSize(1_234_567); // '1.2 MB'
 */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
