// Launches Debian Chromium through playwright-core with the flags that work on this machine.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Where Chromium lives; CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A fresh headless Chromium (its own temporary profile). */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Headless Chromium opens a window per context, and each window loads the address bar's own
      // web UI (chrome://omnibox-popup.top-chrome, about 0.8 s of CPU in a renderer of its own) while
      // the page loads beside it. A learner's browser did that when its window opened, not when they
      // visit the page: on 2 cores it would be measured as the page's (docs/PERFORMANCE.md).
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'],
  });
}
