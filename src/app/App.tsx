import { useEffect, useState, type ReactNode } from 'react';
import type { PlayerStore } from '../store/playerStore';
import { Footer } from './Footer';
import type { ScenarioSource } from './scenarioSource';

// The simulation (core + scenarios) and the player's views are chunks of their own, requested
// as soon as the shell runs: the shell's script stays small, and all download in parallel.
// Nothing of the player can show before the simulator is there anyway.
// An embedded page (`embed=1`) loads its own, smaller page instead of the full one. Each
// import() stands alone: Vite finds a chunk's CSS to preload only for a plain import() call.
const embedPage = () =>
  import('./embed').then((m) => ({
    Page: m.EmbedPage,
    playerFromLink: m.embeddedPlayer,
    withPlayground: m.withPlayground,
  }));
const fullPage = () => import('./player').then((m) => ({ ...m, Page: m.Visualizer }));
const loadPlayer = (embedded: boolean) =>
  Promise.all([import('./realScenarioSource'), embedded ? embedPage() : fullPage()]).then(
    ([real, player]) => ({ ...player, source: player.withPlayground(real.realScenarioSource) }),
  );

type PageView = (props: { source: ScenarioSource; store: PlayerStore }) => ReactNode;

/**
 * The app: the visualizer over the real scenarios, its one player made from the address bar,
 * read once, when the simulator has loaded; with `embed=1`, the embedded player's page (no
 * header or footer, even while loading).
 *
 * @example createRoot(root).render(<App />);
 */
export function App() {
  const [loaded, setLoaded] = useState<{
    source: ScenarioSource;
    store: PlayerStore;
    Page: PageView;
  } | null>(null);
  const [error, setError] = useState('');
  const [embedded] = useState(() => new URLSearchParams(location.search).get('embed') === '1');
  useEffect(() => {
    let live = true;
    loadPlayer(embedded).then(
      ({ source, playerFromLink, Page }) =>
        live && setLoaded({ source, store: playerFromLink(source, location.search), Page }),
      (e: unknown) =>
        live &&
        setError(`The simulator could not load (${String(e)}). Reload the page to try again.`),
    );
    return () => {
      live = false;
    };
  }, [embedded]);
  if (loaded) return <loaded.Page source={loaded.source} store={loaded.store} />;
  const status = <p role={error ? 'alert' : undefined}>{error || 'Loading the simulator…'}</p>;
  if (embedded)
    return (
      <main aria-label="Visualizer" aria-busy={!error}>
        {status}
      </main>
    );
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Futures Visualizer</h1>
      </header>
      <main className="app-main" aria-label="Visualizer" aria-busy={!error}>
        {status}
      </main>
      <Footer />
    </div>
  );
}
