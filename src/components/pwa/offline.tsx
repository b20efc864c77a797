/**
 * Starts offline support after the page has loaded: registers the service worker and, when
 * an update waits, shows the prompt in its own small root (it belongs to no panel of the app).
 * Loaded with a dynamic `import()` so none of it is on the path to first paint.
 *
 * @example
 *   if (import.meta.env.PROD) void import('./components/pwa/offline').then((m) => m.startOfflineSupport());
 */
import { createRoot, type Root } from 'react-dom/client';
import { registerServiceWorker } from './registerServiceWorker';
import { UpdatePrompt } from './UpdatePrompt';

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

export function startOfflineSupport(): void {
  const start = () => void registerServiceWorker(showPrompt);
  // Registering after `load` keeps the worker's precache downloads off the first screen's path.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
