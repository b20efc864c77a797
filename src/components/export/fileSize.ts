/**
 * A file's size as people read it, for the line that says what was saved.
 *
 * @example fileSize(1_234_567); // '1.2 MB'
 */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
