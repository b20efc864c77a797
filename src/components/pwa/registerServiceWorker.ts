/**
 * Registers the service worker that vite-plugin-pwa generates (`sw.js`, beside index.html)
 * and reports when a new version is installed and waiting.
 *
 * A waiting version is never activated behind the person's back: `onUpdateReady` gets an
 * `apply` function, and only calling it (the prompt's **Reload**) tells the new worker to
 * take over and reloads the page once it has.
 *
 * @example
 *   await registerServiceWorker((apply) => showPrompt({ onReload: apply }));
 */
export async function registerServiceWorker(
  onUpdateReady: (apply: () => void) => void,
): Promise<ServiceWorkerRegistration | null> {
  // file:// (the single-file build) and old browsers have no service workers: nothing to do.
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return null;
  const container = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register('./sw.js', { scope: './' });
  } catch {
    // Offline support is an extra: the app works the same without it.
    return null;
  }
  // A browser or automation setting that blocks service workers may resolve with nothing.
  if (!registration) return null;
  const offer = (worker: ServiceWorker) =>
    onUpdateReady(() => {
      container.addEventListener('controllerchange', () => location.reload(), { once: true });
      // Workbox's generated worker calls skipWaiting() on this message.
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  // A controller already exists only when this is an update, not the first install.
  if (registration.waiting && container.controller) offer(registration.waiting);
  const watch = (installing: ServiceWorker | null) =>
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offer(installing);
    });
  // An update may already be installing when we get here (the browser checks on navigation).
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  return registration;
}
