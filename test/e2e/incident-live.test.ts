import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import type { Client } from '../support/client.js';
import { ADMIN, setUp } from '../support/client.js';
import { accountWith } from '../incidents/support.js';
import triageWords from '../../web/src/i18n/triage.en.json' with { type: 'json' };
import incidentWords from '../../web/src/i18n/incidents.en.json' with { type: 'json' };

const T = triageWords.triage;
const I = incidentWords.incidents;

describeInBrowser('an incident from first report to recovery, watched live from a second browser', () => {
  let server: TestServer;
  let browser: Browser;
  let employee: Page;
  let lead: Page;
  let watcher: Page;
  let admin: Client;
  let incidentUrl = '';
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    admin = await setUp(server.url);
    await accountWith(admin, server.url, 'wim@example.org', 'responder');
    browser = await launchBrowser();
    const pages = await Promise.all(
      [375, 1280, 1280].map(async (width) => {
        const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height: 900 } });
        const page = await context.newPage();
        page.setDefaultTimeout(10_000);
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        return page;
      }),
    );
    [employee, lead, watcher] = pages as [Page, Page, Page];
    await logIn(lead, server.url, ADMIN.email, ADMIN.password);
    await logIn(watcher, server.url, 'wim@example.org', 'long enough password');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an employee reports something suspicious from a phone, without an account', async () => {
    const { url } = (await admin.get('/api/v1/intake/report-link')).body;
    await employee.goto(url.replace(/^https?:\/\/[^/]+/, server.url));
    await employee
      .getByLabel(new RegExp(`^${T.report.what}`))
      .fill('My files on the S: drive all end in .locked and there is a note asking for bitcoin.');
    await employee.getByLabel(T.report.system).fill('File server');
    await employee.getByRole('button', { name: T.report.submit }).click();
    await employee.getByRole('heading', { name: T.sent.title }).waitFor();
  });

  it('a responder declares an incident from it in triage; the plan sets in motion', async () => {
    await lead.goto(`${server.url}/triage`);
    await lead.getByText('My files on the S: drive').first().waitFor();
    await lead.getByRole('button', { name: T.declare.button, exact: true }).first().click();
    const dialog = lead.getByRole('dialog');
    await dialog
      .getByLabel(new RegExp(`^${T.declare.incident_title}`))
      .fill('Files on the file server encrypted');
    await dialog
      .getByLabel(new RegExp(`^${T.declare.scenario}`))
      .first()
      .click();
    await lead.getByRole('option', { name: 'Ransomware' }).click();
    await dialog.getByRole('radio').first().click();
    await dialog.getByRole('button', { name: T.declare.submit }).click();
    await lead.waitForURL(/\/incidents\/[0-9a-f-]{36}/);
    incidentUrl = lead.url();
    await lead
      .getByText(/INC-\d{4}-0001/)
      .first()
      .waitFor();
    const report = (await admin.get('/api/v1/reports?status=declared')).body.items[0];
    expect(report.incident_reference).toMatch(/INC-\d{4}-0001/);
  });

  it('the other browser sees each change live: a task ticked, a decision, a role handed over, the phases', async () => {
    await watcher.goto(incidentUrl);
    await watcher.getByText(I.live.live, { exact: true }).waitFor();
    const id = incidentUrl.split('/').pop()!;
    const detail = (await admin.get(`/api/v1/incidents/${id}`)).body;
    const task = detail.tasks.find((t: { phase: string }) => t.phase === 'detection');
    const doneLabel = I.tasks.untick.replace('{{title}}', task.title);

    await lead.getByRole('checkbox', { name: I.tasks.tick.replace('{{title}}', task.title) }).click();
    await watcher.getByRole('checkbox', { name: doneLabel }).waitFor({ timeout: 5000 });

    await lead.getByRole('button', { name: I.decisions.record }).first().click();
    const decision = lead.getByRole('dialog');
    await decision.getByLabel(new RegExp(`^${I.decisions.what}`)).fill('Take the file server offline');
    await decision.getByLabel(new RegExp(`^${I.decisions.why}`)).fill('Stop the encryption from spreading');
    await decision.getByRole('button', { name: I.decisions.record }).click();
    await watcher.getByText('Take the file server offline').first().waitFor({ timeout: 5000 });

    await lead.getByRole('button', { name: I.roles.hand_over }).first().click();
    const handover = lead.getByRole('dialog');
    await handover.getByText(I.roles.mode_person, { exact: true }).click();
    await handover.getByLabel(new RegExp(`^${I.roles.name}`)).fill('Pieter Deputy');
    await handover.getByLabel(I.roles.email).fill('pieter@example.org');
    await handover.getByRole('button', { name: I.roles.hand_over }).click();
    await watcher.getByText('Pieter Deputy').first().waitFor({ timeout: 5000 });

    for (const phase of ['containment', 'recovery'] as const) {
      const move = I.phase_bar.move.replace('{{phase}}', I.phase[phase]);
      await lead.getByRole('button', { name: move }).first().click();
      await lead.getByRole('dialog').getByRole('button', { name: move }).click();
      await watcher
        .getByRole('button', {
          name: I.phase_bar.move.replace(
            '{{phase}}',
            I.phase[phase === 'containment' ? 'recovery' : 'evaluation'],
          ),
        })
        .waitFor({ timeout: 5000 });
    }
    const after = (await admin.get(`/api/v1/incidents/${id}`)).body;
    expect(after.phase).toBe('recovery');
    expect(after.phases.map((p: { phase: string }) => p.phase)).toEqual([
      'detection',
      'containment',
      'recovery',
    ]);
    expect(after.decisions[0].title).toBe('Take the file server offline');
  });

  it('had no script errors', () => {
    expect(problems).toEqual([]);
  });
});
