import { useEffect, useState } from 'react';
import type { PlayerStore } from '../store/playerStore';
import { Footer } from './Footer';
import type { ScenarioSource } from './scenarioSource';

// The simulation (core + scenarios) and the player's views are chunks of their own, requested
// as soon as the shell runs: the shell's script stays small, and all download in parallel.
// Nothing of the player can show before the simulator is there anyway.
const loadPlayer = () =>
  Promise.all([import('./realScenarioSource'), import('./player')]).then(([real, player]) => ({
    ...player,
    source: player.withPlayground(real.realScenarioSource),
  }));

/**
 * The app: the visualizer over the real scenarios, its one player made from the address bar,
 * read once, when the simulator has loaded.
 *
 * @example createRoot(root).render(<App />);
 */
export function App() {
  const [loaded, setLoaded] = useState<{
    source: ScenarioSource;
    store: PlayerStore;
    Visualizer: typeof import('./player').Visualizer;
  } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    loadPlayer().then(
      ({ source, playerFromLink, Visualizer }) =>
        live && setLoaded({ source, store: playerFromLink(source, location.search), Visualizer }),
      (e: unknown) =>
        live &&
        setError(`The simulator could not load (${String(e)}). Reload the page to try again.`),
    );
    return () => {
      live = false;
    };
  }, []);
  if (loaded) return <loaded.Visualizer source={loaded.source} store={loaded.store} />;
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Futures Visualizer</h1>
      </header>
      <main className="app-main" aria-label="Visualizer" aria-busy={!error}>
        <p role={error ? 'alert' : undefined}>{error || 'Loading the simulator…'}</p>
      </main>
      <Footer />
    </div>
  );
}
