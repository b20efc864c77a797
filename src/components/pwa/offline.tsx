/**
 * Starts offline support once the page has loaded and is still: registers the service worker
 * and, when an update waits, shows the prompt in its own small root (it belongs to no panel of
 * the app).
 * Loaded with a dynamic `import()` so none of it is on the path to first paint.
 *
 * @example
 *   if (import.meta.env.PROD) void import('./components/pwa/offline').then((m) => m.startOfflineSupport());
 */
import { createRoot, type Root } from 'react-dom/client';
import { registerServiceWorker } from './registerServiceWorker';
import { UpdatePrompt } from './UpdatePrompt';
import { whenStill } from './whenStill';

let shown: { root: Root; host: HTMLElement } | null = null;

/** Shows the prompt (one at most: a newer update replaces the older one's Reload). */
function showPrompt(apply: () => void): void {
  if (!shown) {
    const host = document.createElement('div');
    host.id = 'update-prompt-root';
    document.body.append(host);
    shown = { root: createRoot(host), host };
  }
  const dismiss = () => {
    shown?.root.unmount();
    shown?.host.remove();
    shown = null;
  };
  shown.root.render(<UpdatePrompt onReload={apply} onDismiss={dismiss} />);
}

/**
 * Registers the worker once the page has loaded and then been still for a second. Its install
 * downloads and stores the whole precache (about 80 files, 2.7 MB): registered at `load`, it ran
 * during a first playback started at once, and on a 2-core machine it took the CPU from it (the
 * 50-call Lab's first playback at 8×: 30–54 ms of main thread per frame and 4–11 long tasks;
 * 18–29 ms and 2–5 now, about what it costs with no worker at all).
 */
export function startOfflineSupport(): void {
  const start = () => whenStill(() => void registerServiceWorker(showPrompt));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
