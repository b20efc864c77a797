// `npm run test:e2e`: make sure a Chromium exists, then run the browser tests with vitest.
// Never a silent skip: with no browser and no way to get one, stop with a one-line how-to.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  console.log(
    "No Chromium found; installing Playwright's Chromium (npx playwright-core install chromium)…",
  );
  spawnSync('npx', ['playwright-core', 'install', 'chromium'], { stdio: 'inherit' });
  if (!findChromium()) {
    console.error(
      'Browser tests need Chromium: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
        '`npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
