import { useEffect, useState } from 'react';
import { withPlayground } from './playgroundSource';
import type { ScenarioSource } from './scenarioSource';
import { Footer } from './Footer';
import { Visualizer } from './Visualizer';

// The simulation (core + scenarios) is its own chunk, requested as soon as the shell runs, so
// the shell's script stays small and both download in parallel.
const loadSource = () =>
  import('./realScenarioSource').then((m) => withPlayground(m.realScenarioSource));

/**
 * The app: the visualizer over the real scenarios, its view restored from the address bar.
 *
 * @example createRoot(root).render(<App />);
 */
export function App() {
  const [source, setSource] = useState<ScenarioSource | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    loadSource().then(
      (s) => live && setSource(s),
      (e: unknown) =>
        live &&
        setError(`The simulator could not load (${String(e)}). Reload the page to try again.`),
    );
    return () => {
      live = false;
    };
  }, []);
  if (source) return <Visualizer source={source} />;
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
