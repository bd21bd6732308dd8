// Hostile content in everything Stormbell sends out or shows without a login: the public status page (/status,
// /status/history, /status/incidents/{id}), the internal update page, the press page, every email HTML part
// received by a real SMTP server, the RSS and Atom feeds, the Statuspage v2 JSON and the PDFs. Every payload of the
// corpus is stored (test/hostile/world.ts), each output is opened in Chromium or read back by a parser, and: no
// marker fires, no element a payload made exists, the structure (one h1, one main, the number of components,
// maintenance and incidents made) holds, and the payloads are there as text. On both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { forEachDatabase } from '../support/databases.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { pdfText } from '../support/pdf.js';
import { hostileWorld, type HostileWorld } from './world.js';
import { injected, outline, visible, watch, type Watch } from './inspect.js';
import { payload, tag } from './payloads.js';

forEachDatabase('hostile content in public pages, mail, feeds, JSON and PDF', (dialect) => {
  let w: HostileWorld;
  let smtp: SmtpSink;
  let browser: Browser;
  let page: Page;
  let marks: Watch;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await hostileWorld(dialect, smtp);
    if (browserAvailable) {
      browser = await launchBrowser();
      page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
      page.setDefaultTimeout(10_000);
      marks = await watch(page);
    }
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await w?.server.close();
    await smtp?.close();
  });

  it('refuses javascript: and data: URLs in the logo and footer links', () => {
    for (const [name, status] of Object.entries(w.refusedUrls)) expect(status, name).toBe(400);
  });

  /** Opens a page of the server in Chromium and checks it; returns its visible text. */
  async function check(path: string, count = 'article', expected?: number): Promise<string> {
    const res = await page.goto(`${w.server.url}${path}`);
    expect(res?.status(), path).toBe(200);
    expect(await injected(page), path).toEqual([]);
    const shape = await outline(page, count);
    expect({ h1: shape.h1, main: shape.main }, path).toEqual({ h1: 1, main: 1 });
    if (expected !== undefined) expect(shape.count, `${path}: ${count}`).toBe(expected);
    const text = await visible(page);
    // The payloads are shown as text: the script tag can be read, not run.
    expect(text, path).toContain('<script data-pwn>');
    return text;
  }

  it.runIf(browserAvailable)(
    'the status pages show the payloads as text, run none, keep their structure',
    async () => {
      const text = await check('/status?lang=en', 'li.comp', w.componentCount);
      expect(text).toContain(tag('component'));
      expect(text).toContain(tag('subject'));
      expect(await outline(page, 'article.i-maintenance')).toMatchObject({ count: w.maintenanceCount });
      // The footer links with quotes in their https addresses stayed one attribute each.
      const footer = await page.evaluate<string[]>(
        `[...document.querySelectorAll('footer a[href^="https://example.org/"]')].map((a) => a.getAttribute('href'))`,
      );
      // (A link whose address has `"` or `<` in it is left out, which is as good.)
      expect(footer.length).toBeGreaterThanOrEqual(1);
      for (const href of footer) expect(href).toMatch(/^https:\/\/example\.org\/[^"<>\s]*$/);
      await check('/status?lang=nl', 'li.comp', w.componentCount);
      await check('/status/history?lang=en');
      const incidents = JSON.parse(await (await fetch(`${w.server.url}/api/v2/incidents.json`)).text());
      expect(incidents.incidents).toHaveLength(1);
      await check(`/status/incidents/${incidents.incidents[0].id}?lang=en`);
      expect(marks.fired).toEqual([]);
    },
  );

  it.runIf(browserAvailable)(
    'the internal update page and the press page run nothing and keep their structure',
    async () => {
      const internal = await check(w.internalPath);
      expect(internal).toContain(tag('subject'));
      const press = await check('/press');
      expect(press).toContain(tag('subject'));
      expect(marks.fired).toEqual([]);
    },
  );

  it.runIf(browserAvailable)(
    'every email HTML part runs nothing when opened, and no header was injected',
    async () => {
      const mails = smtp.received.map((r) => r.mail);
      const hostile = mails.filter((m) => /\[hx:|pwn|Org /.test(`${m.subject ?? ''}${m.html || ''}`));
      // Three messages (customers, staff, press has no mail), the subscriber's update, invitations, the role mail.
      expect(hostile.length).toBeGreaterThanOrEqual(3);
      for (const mail of mails) {
        expect(mail.subject ?? '', 'subject').not.toMatch(/[\r\n]/);
        expect(mail.headers.has('bcc'), `bcc in ${mail.subject}`).toBe(false);
        expect(mail.to && 'text' in mail.to ? mail.to.text : '', 'to').not.toMatch(/victim/);
      }
      for (const r of smtp.received) expect(r.rcpt.join(' ')).not.toMatch(/victim/);
      for (const mail of mails) {
        if (!mail.html) continue;
        await page.setContent(mail.html, { waitUntil: 'load' });
        expect(await injected(page), mail.subject).toEqual([]);
      }
      // The message mails show the payloads as text.
      const message = mails.find((m) => (m.subject ?? '').includes(tag('subject')) && m.html);
      expect(message, 'a message mail').toBeDefined();
      await page.setContent(message!.html as string);
      expect(await visible(page)).toContain('<script data-pwn>');
      expect(marks.fired).toEqual([]);
    },
  );

  it.runIf(browserAvailable)(
    'the RSS and Atom feeds are well-formed XML with the payloads as text',
    async () => {
      for (const feed of ['rss', 'atom']) {
        const res = await fetch(`${w.server.url}/status/feed.${feed}?lang=en`);
        expect(res.status).toBe(200);
        const xml = await res.text();
        // Chromium's XML parser is strict: any well-formedness error gives a <parsererror> element.
        const read = await page.evaluate<{ errors: number; titles: string[]; scripts: number }>(`(() => {
          const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
          return {
            errors: doc.getElementsByTagName('parsererror').length,
            titles: [...doc.getElementsByTagName('title')].map((t) => t.textContent ?? ''),
            scripts: doc.getElementsByTagName('script').length,
          };
        })()`);
        expect(read.errors, feed).toBe(0);
        expect(read.scripts, feed).toBe(0);
        // The update's subject, CDATA end and all, is an item title, as text.
        expect(
          read.titles.some((t) => t.includes(payload(35))),
          `${feed} titles: ${read.titles.join(' | ')}`,
        ).toBe(true);
      }
    },
  );

  it('the Statuspage v2 JSON parses and carries the payloads unchanged', async () => {
    for (const name of ['summary', 'incidents', 'components', 'scheduled-maintenances']) {
      const res = await fetch(`${w.server.url}/api/v2/${name}.json`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await res.text();
      // No raw `<` could end a script element if a page inlined the document.
      expect(() => JSON.parse(text), name).not.toThrow();
    }
    const summary = JSON.parse(await (await fetch(`${w.server.url}/api/v2/summary.json`)).text());
    const names = summary.components.map((c: { name: string }) => c.name).join('\n');
    expect(names).toContain(tag('component'));
    expect(summary.incidents[0].name).toContain(payload(35));
  });

  it('the incident report and the emergency sheet PDFs open and keep the payloads as text', async () => {
    const get = async (path: string) => {
      const raw = await fetch(`${w.server.url}${path}`, {
        headers: { cookie: [...w.admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      expect(raw.status, path).toBe(200);
      const pdf = new Uint8Array(await raw.arrayBuffer());
      expect(Buffer.from(pdf.subarray(0, 5)).toString(), path).toBe('%PDF-');
      return (await pdfText(pdf)).replace(/\s+/g, ' ');
    };
    const report = await get(`/api/v1/incidents/${w.incidentId}/report.pdf?lang=en`);
    expect(report).toContain(tag('title'));
    expect(report).toContain(tag('lessons'));
    // The PDF text operators in the payload are text in the document, not instructions.
    expect(report).toContain('Tj ET BT /F1 99 Tf (pwned');
    const sheet = await get('/api/v1/plan/emergency-sheet.pdf');
    expect(sheet).toContain('Org');
  });
});
