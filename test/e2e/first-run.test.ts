import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import nl from '../../web/src/i18n/nl.json' with { type: 'json' };

const PASSWORD = 'correct horse battery staple';

describeInBrowser('first run in Chromium: setup, logout, login, Dutch, rate limit', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 800 } });
    // The words are fetched per language and area: a key shown instead of its words, even for a moment (say
    // while the language switches), is a failure too. Every text and label the page ever shows is checked.
    await context.exposeBinding('stormbellKeyShown', (_source, text: string) =>
      problems.push(`catalogue key shown: ${text}`),
    );
    // Plain JavaScript run in the page (the tests compile without the DOM's types).
    await context.addInitScript(`(() => {
      const key = /^\\s*[a-z_]+(\\.[a-z0-9_]+)+\\s*$/;
      const report = (text) => window.stormbellKeyShown(text);
      const check = (node) => {
        if (node.nodeType === Node.TEXT_NODE && key.test(node.textContent ?? '')) report(node.textContent);
        if (node instanceof Element) {
          for (const name of ['aria-label', 'placeholder', 'title'])
            if (key.test(node.getAttribute(name) ?? '')) report(name + '="' + node.getAttribute(name) + '"');
          node.childNodes.forEach(check);
        }
      };
      new MutationObserver((changes) =>
        changes.forEach((c) => (c.type === 'childList' ? c.addedNodes.forEach(check) : check(c.target))),
      ).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    })();`);
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // A CSP violation or a script error in the app is a failure of its own.
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
        problems.push(m.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the setup page on a fresh installation and sets up the organisation', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: en.setup.title }).waitFor();
    await page.getByLabel(en.setup.organisation_name).fill('Gemeente Zandvoort');
    await page.getByLabel(new RegExp(`^${en.fields.name}`)).fill('Anna de Vries');
    await page.getByLabel(en.fields.email).fill('anna@example.org');
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(PASSWORD);
    await page.getByLabel(en.fields.confirm_password).fill(PASSWORD);
    await page.getByRole('button', { name: en.setup.submit }).click();
    await page.getByText('Welcome, Anna').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('logs out and back in', async () => {
    await page.getByRole('button', { name: en.user_menu.open.replace('{{name}}', 'Anna de Vries') }).click();
    await page.getByRole('menuitem', { name: en.user_menu.logout }).click();
    await page.getByRole('heading', { name: en.login.title }).waitFor();
    // The login page's switch: the Dutch words are fetched first, then the page switches, and back.
    await page.getByText('NL', { exact: true }).click();
    await page.getByRole('heading', { name: nl.login.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: en.login.title }).waitFor();
    await page.getByLabel(en.fields.email).fill('anna@example.org');
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(PASSWORD);
    await page.getByRole('button', { name: en.login.submit, exact: true }).click();
    await page.getByText('Welcome, Anna').waitFor();
  });

  it('switches to Dutch and the whole app speaks Dutch, also after a reload', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { name: en.settings.title }).waitFor();
    await page.getByText(en.language.nl, { exact: true }).click();
    await page.getByRole('heading', { name: nl.settings.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.reload();
    await page.getByRole('heading', { name: nl.settings.title }).waitFor();
    await page.goto(server.url);
    await page.getByText('Welkom, Anna').waitFor();
  });

  it('shows the rate-limit message after five wrong passwords', async () => {
    await page.getByRole('button', { name: nl.user_menu.open.replace('{{name}}', 'Anna de Vries') }).click();
    await page.getByRole('menuitem', { name: nl.user_menu.logout }).click();
    // The login page keeps the language the person last chose in this browser.
    await page.getByRole('heading', { name: nl.login.title }).waitFor();
    await page.getByLabel(nl.fields.email).fill('anna@example.org');
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel(new RegExp(`^${nl.fields.password}`)).fill(`wrong password ${i}`);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: nl.login.submit, exact: true }).click();
      expect((await answer).status()).toBe(i < 5 ? 401 : 429);
    }
    await page
      .getByText(/Te veel pogingen\. Probeer het over \d+ minuten opnieuw\./)
      .first()
      .waitFor();
    await page.getByText(nl.login.rate_limited_title).waitFor();
  });

  it("speaks the browser's language before login", async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const fresh = await context.newPage();
    await fresh.goto(server.url);
    await fresh.getByRole('heading', { name: nl.login.title }).waitFor({ timeout: 10_000 });
    expect(await fresh.locator('html').getAttribute('lang')).toBe('nl');
    await context.close();
  });

  it('had no script errors, no Content-Security-Policy violations and showed no catalogue key', () => {
    expect(problems).toEqual([]);
  });
});
