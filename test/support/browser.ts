// Debian's Chromium through playwright-core for the browser tests; skipped (and reported) when it is missing,
// unless STORMBELL_REQUIRE_BROWSER=1 (set by .ci/run), where a missing Chromium fails the run.
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { reportSkip } from './skips.js';
import { ADMIN } from './client.js';
import en from '../../web/src/i18n/en.json' with { type: 'json' };

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

/** Logs in through the login page (the admin unless told otherwise) and waits until the app has moved on from it. */
export async function logIn(page: Page, base: string, email = ADMIN.email, password = ADMIN.password) {
  await page.goto(`${base}/login`);
  await page.getByLabel(en.fields.email).fill(email);
  await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(password);
  await page.getByRole('button', { name: en.login.submit, exact: true }).click();
  // The login page has a heading too: wait for the address to change, then for the page's own heading.
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/**
 * A page in a fresh context (English, 1280x900 unless told otherwise) whose script errors land in `problems`, so the
 * test can assert there were none.
 */
export async function openPage(
  browser: Browser,
  problems: string[],
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return page;
}
