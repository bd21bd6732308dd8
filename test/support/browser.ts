// Debian's Chromium through playwright-core for the browser tests; skipped (and reported) when it is missing,
// unless STORMBELL_REQUIRE_BROWSER=1 (set by .ci/run), where a missing Chromium fails the run.
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { reportSkip } from './skips.js';

export const CHROMIUM = process.env.STORMBELL_CHROMIUM ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM);

if (!browserAvailable && process.env.STORMBELL_REQUIRE_BROWSER === '1') {
  throw new Error(
    `Chromium is required (STORMBELL_REQUIRE_BROWSER=1) but missing at ${CHROMIUM}: apt-get install -y chromium.`,
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** describe() that runs only where Chromium is installed. */
export function describeInBrowser(name: string, body: () => void): void {
  if (browserAvailable) {
    describe(name, body);
  } else {
    reportSkip(name, `Chromium not found at ${CHROMIUM}`);
    describe.skip(`${name} (skipped: Chromium not found)`, body);
  }
}
