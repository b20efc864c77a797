import { useEffect, useState } from 'react';
import type { PlayerStore } from '../store/playerStore';
import { Footer } from './Footer';
import { playerFromLink } from './loadFromLink';
import { withPlayground } from './playgroundSource';
import type { ScenarioSource } from './scenarioSource';
import { Visualizer } from './Visualizer';

// The simulation (core + scenarios) is its own chunk, requested as soon as the shell runs, so
// the shell's script stays small and both download in parallel.
const loadSource = () =>
  import('./realScenarioSource').then((m) => withPlayground(m.realScenarioSource));

/**
 * The app: the visualizer over the real scenarios, its one player made from the address bar,
 * read once, when the simulator has loaded.
 *
 * @example createRoot(root).render(<App />);
 */
export function App() {
  const [loaded, setLoaded] = useState<{ source: ScenarioSource; store: PlayerStore } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    loadSource().then(
      (source) => live && setLoaded({ source, store: playerFromLink(source, location.search) }),
      (e: unknown) =>
        live &&
        setError(`The simulator could not load (${String(e)}). Reload the page to try again.`),
    );
    return () => {
      live = false;
    };
  }, []);
  if (loaded) return <Visualizer source={loaded.source} store={loaded.store} />;
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
