import { afterAll, beforeAll, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser, openPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp } from '../support/client.js';

// Clickjacking in a real browser: a page on another site frames Stormbell's pages; Chromium must show none of them.
// As a control, the same page frames one of its own pages, which must show, so a frame that never loads cannot
// pass the test.
describeInBrowser('framing by another site (clickjacking), in Chromium', () => {
  let server: TestServer;
  let evil: http.Server;
  let evilUrl = '';
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    await setUp(server.url);
    evil = http.createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.url === '/own') return res.end('<p id="own">framed fine</p>');
      const target = decodeURIComponent((req.url ?? '/').slice(1));
      res.end(`<!doctype html><title>Win a prize</title><iframe id="f" src="${target}"></iframe>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => evil?.close(r));
    await server?.close();
  });

  /** What the frame shows: its address (Chromium's error page when blocked) and its text. */
  async function framed(target: string): Promise<{ url: string; text: string }> {
    const problems: string[] = [];
    const page = await openPage(browser, problems);
    await page.goto(`${evilUrl}/${encodeURIComponent(target)}`);
    await page.waitForTimeout(300);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const text = frame
      ? await frame
          .locator('body')
          .innerText({ timeout: 2000 })
          .catch(() => '')
      : '';
    const url = frame?.url() ?? '';
    await page.context().close();
    return { url, text };
  }

  it('shows its own page in the frame (the control)', async () => {
    const own = await framed(`${evilUrl}/own`);
    expect(own.url).toBe(`${evilUrl}/own`);
    expect(own.text).toContain('framed fine');
  });

  it('shows none of Stormbell’s pages inside another site', async () => {
    for (const path of ['/login', '/', '/status', '/press', '/internal']) {
      const shown = await framed(`${server.url}${path}`);
      expect(shown.url, path).toMatch(/^chrome-error:/);
      expect(shown.text, path).not.toMatch(/Stormbell|Log in|Status|Waterschap/);
    }
  });
});
