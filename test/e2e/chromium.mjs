// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then the one Playwright downloads into its own cache.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {string | null} the path of a Chromium binary, or null when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core throws when it has no browser of its own: that is "not found".
  }
  return null;
}

/** Launches headless Chromium with the flags this sandbox (and any CI) needs. */
export function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found (run `npm run test:e2e` to install one).');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
