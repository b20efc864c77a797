/**
 * Starts the playground's runtime when the learner shows they are about to use it (hover or
 * focus on **Edit this code**, the playground chosen in the picker), so the wait is spent
 * before the click. Imports nothing at the top: the first
 * screen pays only these few lines; the bridge is fetched on the first intent.
 *
 * @example
 *   <a onPointerEnter={warmPlaygroundOnIntent} onFocus={warmPlaygroundOnIntent}>Edit this code</a>
 */

/** False over a metered connection (Data Saver): 13 MB nobody asked for is too much there. */
export function mayWarm(nav: Navigator | undefined = globalThis.navigator): boolean {
  const connection = (nav as { connection?: { saveData?: boolean } } | undefined)?.connection;
  return connection?.saveData !== true;
}

let warmed = false;

/** Starts loading the runtime once per page; later calls do nothing. */
export function warmPlaygroundOnIntent(): void {
  if (warmed || !mayWarm()) return;
  warmed = true;
  void import('./bridge').then((bridge) => bridge.preparePlayground());
}

/**
 * A `?scenario=playground` link opens the playground itself: start the runtime at once, beside
 * the page's own load, not after the app's chunks have loaded and drawn (about 0.4–0.8 s on
 * a second visit). Any other page, and the site's first screen, starts nothing.
 *
 * @example warmIfPlaygroundLink(); // in main.tsx, before the app renders
 */
export function warmIfPlaygroundLink(search: string = globalThis.location?.search ?? ''): void {
  if (new URLSearchParams(search).get('scenario') === 'playground') warmPlaygroundOnIntent();
}
