/**
 * Starts offline support after the page has loaded: registers the service worker and, when
 * an update waits, shows the prompt in its own small root (it belongs to no panel of the app).
 * Loaded with a dynamic `import()` so none of it is on the path to first paint.
 *
 * @example
 *   if (import.meta.env.PROD) void import('./components/pwa/offline').then((m) => m.startOfflineSupport());
 */
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './registerServiceWorker';
import { UpdatePrompt } from './UpdatePrompt';

function showPrompt(apply: () => void): void {
  const host = document.createElement('div');
  host.id = 'update-prompt-root';
  document.body.append(host);
  const root = createRoot(host);
  const dismiss = () => {
    root.unmount();
    host.remove();
  };
  root.render(<UpdatePrompt onReload={apply} onDismiss={dismiss} />);
}

export function startOfflineSupport(): void {
  const start = () => void registerServiceWorker(showPrompt);
  // Registering after `load` keeps the worker's precache downloads off the first screen's path.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
