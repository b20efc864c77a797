/**
 * `t` (µs) as a frame's title and file name say it: seconds to the millisecond.
 *
 * @example frameSeconds(8_000_000); // '8.000'
 */
export const frameSeconds = (t: number): string => (t / 1e6).toFixed(3);

/**
 * A file name for an export that says what it shows: the scenario and the moment, in safe
 * characters only (lower-case letters, digits, `-`, `.`), so it saves the same on every system.
 *
 * @example exportFileName('fetch-square', 8_000_000, 'svg'); // 'fetch-square-8.000s.svg'
 * @example exportFileName('fetch_square: a callback for each request', 0, 'png'); // 'fetch-square-a-callback-for-each-request-0.000s.png'
 */
export function exportFileName(titleOrId: string, t: number, ext: string): string {
  const slug =
    titleOrId
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'frame';
  const safeExt = ext.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
  const seconds = Number.isFinite(t) ? frameSeconds(Math.max(0, t)) : '0.000';
  return `${slug}-${seconds}s.${safeExt}`;
}
