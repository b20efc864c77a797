/** The shell: header, the main area, and a footer that names the source material. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Futures Visualizer</h1>
        <p className="app-tagline">
          Python&apos;s <code>concurrent.futures.Future</code>, thread by thread
        </p>
      </header>
      <main className="app-main" aria-label="Visualizer">
        <p>Choose a scenario to watch a future live its life.</p>
      </main>
      <footer className="app-footer">
        Replays the “Futures” section of{' '}
        <a href="https://docs.python.org/3/library/concurrent.futures.html#future-objects">
          Python’s concurrent.futures
        </a>{' '}
        as taught in Lanaro, <cite>Python High Performance</cite>.
      </footer>
    </div>
  );
}
