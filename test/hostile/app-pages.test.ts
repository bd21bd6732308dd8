// Hostile content in the web app: every payload of the corpus stored in the fields users fill (test/hostile/world.ts),
// then every page that shows them opened in Chromium as the admin: the incident list and page (timeline, decisions,
// tasks, notes, facts, roles), communication, each published message, the review, the improvement backlog, the
// status-page administration, triage, accounts, the plan, the activity log; and the public report form filled with
// payloads, up to its confirmation. No marker fires, no element from a payload exists, each page keeps its heading
// and main landmark. On SQLite only: the storage is the same code on PostgreSQL, and public-outputs.test.ts reads
// what PostgreSQL stored back through the public pages; one database keeps the browser time down.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn } from '../support/browser.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { hostileWorld, type HostileWorld } from './world.js';
import { injected, outline, visible, watch, type Watch } from './inspect.js';
import { STORABLE, tag } from './payloads.js';
import triageWords from '../../web/src/i18n/triage.en.json' with { type: 'json' };

const R = triageWords.triage.report;
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

// Generous time per test: CI machines are shared; a page that never shows its text fails at the wait in check().
const SLOW = 240_000;

describeInBrowser('hostile content in the web app [sqlite]', () => {
  let w: HostileWorld;
  let smtp: SmtpSink;
  let browser: Browser;
  let page: Page;
  let marks: Watch;
  const problems: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await hostileWorld('sqlite', smtp);
    browser = await launchBrowser();
    page = await (
      await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
    ).newPage();
    page.setDefaultTimeout(45_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    marks = await watch(page);
    await logIn(page, w.server.url);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await w?.server.close();
    await smtp?.close();
  });

  /** Opens an app page, waits until the stored texts are on it, and checks it. */
  async function check(path: string, shows: string = 'pwn') {
    await page.goto(`${w.server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // The texts come from the API after the heading: wait until one shows, as text or as a form field's value.
    const shown = `document.body.innerText.includes(${JSON.stringify(shows)}) ||
      [...document.querySelectorAll('input, textarea')].some((e) => e.value.includes(${JSON.stringify(shows)}))`;
    // Polled rather than waitForFunction: the app may still move on to its final address (a redirect within the
    // app), which ends a waiting function early.
    const deadline = Date.now() + 45_000;
    while (!(await page.evaluate<boolean>(shown).catch(() => false))) {
      if (Date.now() > deadline) {
        if (process.env.HX_DEBUG)
          writeFileSync(`/tmp/hx-${path.replace(/\W/g, '_')}.txt`, await visible(page));
        throw new Error(`${path} never showed ${shows}`);
      }
      await page.waitForTimeout(200);
    }
    expect(await injected(page), path).toEqual([]);
    const shape = await outline(page);
    expect(shape.h1, `${path}: h1`).toBeGreaterThanOrEqual(1);
    expect(shape.main, `${path}: main`).toBe(1);
    return visible(page);
  }

  it(
    'the incident list and the incident page (timeline, records, facts, roles)',
    async () => {
      await check('/incidents', tag('title'));
      const cards = await page.evaluate<number>(
        `new Set([...document.querySelectorAll('main a[href^="/incidents/"]')].map((a) => a.getAttribute('href'))).size`,
      );
      expect(cards).toBe(w.incidentIds.length);
      const text = await check(`/incidents/${w.incidentId}`, tag('decision'));
      if (process.env.HX_DEBUG) writeFileSync('/tmp/hx-incident.txt', text);
      for (const field of ['title', 'note', 'what', 'task', 'rationale'])
        expect(text, field).toContain(tag(field));
      for (const id of w.incidentIds.slice(1)) await check(`/incidents/${id}`, tag('title'));
      expect(marks.fired).toEqual([]);
    },
    SLOW,
  );

  it(
    'communication and every published message, its Markdown preview included',
    async () => {
      await check(`/incidents/${w.incidentId}/communication`, tag('subject'));
      const messages = (await w.comms.get(`/api/v1/incidents/${w.incidentId}/messages`)).body.items as Array<{
        id: string;
      }>;
      expect(messages.length).toBe(3);
      for (const m of messages) {
        const text = await check(`/incidents/${w.incidentId}/messages/${m.id}`, tag('body'));
        // The preview renders the Markdown: the raw HTML of the payloads is text in it.
        expect(text).toContain('<script data-pwn>');
      }
      expect(marks.fired).toEqual([]);
    },
    SLOW,
  );

  it(
    'the review and the improvement backlog',
    async () => {
      const review = await check(`/incidents/${w.incidentId}/review`, tag('went-well'));
      for (const field of ['went-wrong', 'action']) expect(review, field).toContain(tag(field));
      // The review's texts are in their text boxes, as typed.
      const boxes = await page.evaluate<string>(
        `[...document.querySelectorAll('textarea')].map((t) => t.value).join(' ')`,
      );
      for (const field of ['assessment', 'lessons']) expect(boxes, field).toContain(tag(field));
      await check('/improvements', tag('action'));
      expect(marks.fired).toEqual([]);
    },
    SLOW,
  );

  it(
    'the status-page administration: components, maintenance, settings',
    async () => {
      await check('/status-page', tag('component'));
      // The rows arrive with the components' query, which may land after the first text shows.
      await expect
        .poll(() => page.getByTestId('status-component').count(), { timeout: 30_000 })
        .toBe(w.componentCount);
      await check('/status-page/maintenance', 'pwn');
      await check('/status-page/settings', 'pwn');
      expect(marks.fired).toEqual([]);
    },
    SLOW,
  );

  it(
    'triage, accounts, the plan, the emergency sheet and the activity log',
    async () => {
      await check('/triage', tag('report'));
      await check('/admin/accounts', 'data-pwn');
      await check('/plan', 'Comms <svg data-pwn');
      await check('/plan/emergency-sheet', 'Comms <svg data-pwn');
      await check('/admin/activity', 'pwn');
      await check('/', tag('title'));
      expect(marks.fired).toEqual([]);
    },
    SLOW,
  );

  it(
    'the public report form, filled with payloads, up to its confirmation',
    async () => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const form = await context.newPage();
      const formMarks = await watch(form);
      form.setDefaultTimeout(45_000);
      await form.goto(`${w.server.url}/report/${w.reportKey}`);
      const all = STORABLE.map((p) => p.text).join('\n');
      await form.getByLabel(exactly(R.what)).fill(all.slice(0, 4900));
      await form.getByLabel(exactly(R.when)).fill(STORABLE[27]!.text);
      await form.getByLabel(exactly(R.system)).fill(STORABLE[2]!.text);
      await form.getByLabel(exactly(R.name)).fill(STORABLE[54]!.text.replace(/[\r\n]/g, ' '));
      await form.getByLabel(exactly(R.contact)).fill(STORABLE[23]!.text);
      await form.getByRole('button', { name: R.submit }).click();
      await form.getByRole('heading', { level: 1, name: triageWords.triage.sent.title }).waitFor();
      expect(await injected(form)).toEqual([]);
      expect(await outline(form)).toMatchObject({ h1: 1, main: 1 });
      expect(formMarks.fired).toEqual([]);
      await context.close();
      // The team reads it in triage: still nothing runs.
      await check('/triage', 'data-pwn');
      expect(marks.fired).toEqual([]);
    },
    SLOW,
  );

  it('had no script errors', () => {
    expect(problems).toEqual([]);
  });
});
