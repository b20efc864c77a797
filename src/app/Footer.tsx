/**
 * The page's footer: where the story comes from, and Python's own documentation of the topic
 * (a plain link: nothing is fetched from another host unless the reader follows it).
 *
 * @example <Footer />
 */
export function Footer() {
  return (
    <footer className="app-footer">
      Replays the “Futures” section of Lanaro, <cite>Python High Performance</cite>; every line
      printed is what CPython prints. About the topic:{' '}
      <a href="https://docs.python.org/3/library/concurrent.futures.html#future-objects">
        Future objects in Python’s documentation
      </a>
      .
    </footer>
  );
}
