/**
 * Saves text as a file from the page itself: a Blob, an object URL, a click on a temporary
 * link, then the URL is released. No request leaves the browser.
 *
 * @example saveText('fetch-square.py', source, 'text/x-python')
 */
export function saveText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, so the download has its URL.
  queueMicrotask(() => URL.revokeObjectURL(url));
}
