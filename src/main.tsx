import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/theme.css';
import { warmIfPlaygroundLink } from './playground/intent';

// A playground link starts Python's worker now, in parallel with the app's own load.
warmIfPlaygroundLink();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Offline support (service worker + "update available" prompt) loads after first paint.
if (import.meta.env.PROD) {
  void import('./components/pwa/offline').then((module) => module.startOfflineSupport());
}
