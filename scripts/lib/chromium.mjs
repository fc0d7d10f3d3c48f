import { findBrowser } from './find-browser.mjs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium binary to drive: $CHROMIUM_PATH, else a system install. Throws with install instructions when none. */
export function findChromium() {
  return findBrowser({
    envVar: 'CHROMIUM_PATH',
    candidates: CANDIDATES,
    missing:
      'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary. Kensho never downloads a browser.',
  });
}
