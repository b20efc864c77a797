/** Small inline icons (no icon font, nothing fetched), drawn in currentColor. */
const PATHS = {
  reset: 'M5 4h2v16H5zM20 4v16L8 12z',
  back: 'M18 4v16L6 12z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  forward: 'M6 4v16l12-8z',
  end: 'M17 4h2v16h-2zM4 4v16l12-8z',
  sun: 'M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM11 1h2v4h-2zM11 19h2v4h-2zM1 11h4v2H1zM19 11h4v2h-4z',
  moon: 'M20 15A8 8 0 0 1 9 4a8 8 0 1 0 11 11z',
  screen: 'M2 4h20v13H2zM4 6v9h16V6zM8 19h8v2H8z',
  link: 'M10 14a4 4 0 0 1 0-6l3-3a4 4 0 0 1 6 6l-1.5 1.5-1.4-1.4L17.6 9.6a2 2 0 0 0-2.8-2.8l-3 3a2 2 0 0 0 0 2.8zM14 10a4 4 0 0 1 0 6l-3 3a4 4 0 0 1-6-6l1.5-1.5 1.4 1.4-1.5 1.5a2 2 0 0 0 2.8 2.8l3-3a2 2 0 0 0 0-2.8z',
  zoomIn:
    'M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12zM9 7h2v2h2v2h-2v2H9v-2H7V9h2z',
  zoomOut:
    'M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12zM7 9h6v2H7z',
  fit: 'M3 3h6v2H5v4H3zM15 3h6v6h-2V5h-4zM3 15h2v4h4v2H3zM19 15h2v6h-6v-2h4z',
  lock: 'M12 2a5 5 0 0 0-5 5v3H5v12h14V10h-2V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 0 1 6 0v3z',
} as const;

export type IconName = keyof typeof PATHS;

/**
 * A decorative icon; the control it sits in carries the words.
 *
 * @example <button><Icon name="play" /> Play</button>
 */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
