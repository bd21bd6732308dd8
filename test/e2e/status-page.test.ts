// Browser test: the public status page from the app. An admin adds a component; the communications lead writes an
// update for customers with that component set to a major outage; legal approves it on a phone; the lead publishes
// it; a customer reloading /status sees the update and the component's new status at once (polled; the speed is measured in bench/).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, openPage } from '../support/browser.js';
import { ADMIN, setUp, type Client } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { accountWith, declare } from '../incidents/support.js';
import { statusAdminEn } from '../../src/core/i18n/status-admin-en.js';
import { statusPageEn } from '../../src/core/i18n/status-page-en.js';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import messageWords from '../../web/src/i18n/messages.en.json' with { type: 'json' };
import statusWords from '../../web/src/i18n/status.en.json' with { type: 'json' };

const M = messageWords.messages;
const S = statusWords.status;
const LEAD = 'maria@example.org';
const LEGAL = 'priya@example.org';
const PASSWORD = 'long enough password';
const COMPONENT = { en: 'Customer portal', nl: 'Klantportaal' };
const SUBJECT = 'Customer portal unavailable';
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describeInBrowser('a status-page update: component, message, approval, publication, /status', () => {
  let server: TestServer;
  let browser: Browser;
  let adminPage: Page;
  let lead: Page;
  let legal: Page;
  let admin: Client;
  let leadApi: Client;
  let incidentId = '';
  let messageUrl = '';
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    admin = await setUp(server.url);
    leadApi = await accountWith(admin, server.url, LEAD, 'responder');
    await accountWith(admin, server.url, LEGAL, 'responder');
    // The plan's communications lead and legal counsel are these two; customers are told on the status page only.
    const { plan } = (await admin.get('/api/v1/plan')).body;
    const person = (role: string) => {
      const id = plan.roles.find((r: { id: string }) => r.id === role).primary;
      return plan.people.find((p: { id: string }) => p.id === id);
    };
    person('communications_lead').email = LEAD;
    person('legal').email = LEGAL;
    const customers = plan.audiences.find((a: { id: string }) => a.id === 'customers');
    customers.channels = ['status_page'];
    customers.approval_chain = ['communications_lead', 'legal'];
    const saved = await admin.request('PUT', '/api/v1/plan', { plan, description: 'status page test' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    incidentId = (await declare(admin, { title: 'Customer portal down' })).id;

    browser = await launchBrowser();
    const open = (width: number) => openPage(browser, problems, { viewport: { width, height: 900 } });
    adminPage = await open(1280);
    lead = await open(1280);
    legal = await open(375);
    await logIn(adminPage, server.url, ADMIN.email, ADMIN.password);
    await logIn(lead, server.url, LEAD, PASSWORD);
    await logIn(legal, server.url, LEGAL, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the admin adds a component from the navigation', async () => {
    await adminPage.getByRole('link', { name: S.nav }).click();
    await adminPage.waitForURL(/\/status-page$/);
    await adminPage.getByText(S.components.none, { exact: true }).waitFor();
    await adminPage.getByRole('button', { name: S.component.add }).first().click();
    const form = adminPage.getByRole('form', { name: S.component.form_label });
    await form.getByLabel(`${S.component.name} (${en.language.nl})`).fill(COMPONENT.nl);
    await form.getByLabel(`${S.component.name} (${en.language.en})`).fill(COMPONENT.en);
    await form.getByRole('button', { name: S.component.add }).click();
    await form.waitFor({ state: 'detached' });
    const row = adminPage.getByTestId('status-component').filter({ hasText: COMPONENT.en });
    await row.getByText(S.component_status.operational).waitFor();
    const overview = (await admin.get('/api/v1/status-page/components')).body;
    expect(overview.components.map((c: { name: { en: string } }) => c.name.en)).toEqual([COMPONENT.en]);
  });

  it('the lead writes an update with the component in a major outage and submits it', async () => {
    await lead.goto(`${server.url}/incidents/${incidentId}`);
    await lead.getByRole('link', { name: fill(M.audience.write_for, { audience: 'Customers' }) }).click();
    await lead.waitForURL(/\/messages\/new\?audience=customers/);
    await lead.getByRole('radio', { name: new RegExp(M.kind.custom) }).check();
    await lead.getByLabel(exactly(M.editor.subject)).fill(SUBJECT);
    await lead
      .getByLabel(exactly(M.editor.body))
      .fill('Since 10:00 customers cannot log in to the customer portal. We are restoring it.');

    const part = lead.getByTestId('message-status-page');
    await part.getByRole('heading', { name: S.message.title }).waitFor();
    await part.getByRole('radio', { name: exactly(S.incident_status.identified) }).check();
    await part.getByRole('radio', { name: exactly(S.impact.critical) }).check();
    await part.getByRole('checkbox', { name: COMPONENT.en }).check();
    // The suggestion follows the impact: critical means a major outage.
    const newStatus = part.getByRole('combobox', {
      name: fill(S.message.new_status_for, { name: COMPONENT.en }),
    });
    await expect.poll(() => newStatus.inputValue()).toBe('major_outage');

    await lead.getByRole('button', { name: M.action.submit }).click();
    await lead.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
    messageUrl = lead.url();
    const message = (
      await admin.get(`/api/v1/incidents/${incidentId}/messages/${messageUrl.split('/').pop()}`)
    ).body;
    expect(message.status).toBe('in_review');
    expect(message.status_page).toMatchObject({
      incident_status: 'identified',
      impact: 'critical',
      components: [{ status: 'major_outage' }],
    });
    // The message shows what the page will show on publication.
    const view = lead.getByTestId('message-status-page');
    await view.getByText(S.message.components_will).waitFor();
    await view.getByText(S.component_status.major_outage).waitFor();
  });

  it('legal approves it on a phone; the lead publishes it', async () => {
    await legal.goto(messageUrl);
    await legal.getByRole('button', { name: fill(M.action.approve_as, { role: 'Legal counsel' }) }).click();
    await legal.getByText(M.status.approved, { exact: true }).first().waitFor();

    await lead.getByRole('button', { name: M.action.publish, exact: true }).click();
    const dialog = lead.getByRole('dialog');
    await dialog.getByRole('button', { name: M.publish.confirm }).click();
    await lead.getByText(M.status.published, { exact: true }).first().waitFor();
  });

  it('a customer reloading /status sees the update and the component down at once', async () => {
    const published = Date.now();
    const customer = await browser.newPage({ locale: 'en-GB', viewport: { width: 375, height: 800 } });
    customer.on('pageerror', (e) => problems.push(`status page error: ${e.message}`));
    let seen = false;
    // Polled, not timed (the machine is shared): the cache reloads on the publication's timeline event.
    while (!seen && Date.now() - published < 10_000) {
      await customer.goto(`${server.url}/status`);
      seen = (await customer.getByText(SUBJECT).count()) > 0;
    }
    expect(seen, 'the update on /status').toBe(true);
    const component = customer.getByRole('listitem').filter({ hasText: COMPONENT.en });
    await expect
      .poll(() => component.first().textContent())
      .toContain(statusPageEn['pages.status.component.major_outage']);
    await customer.getByText(statusPageEn['pages.status.incident.identified']).first().waitFor();

    // The admin's screen says the same.
    await adminPage.reload();
    await adminPage
      .getByTestId('status-component')
      .filter({ hasText: COMPONENT.en })
      .getByText(S.component_status.major_outage)
      .waitFor();
    await customer.close();
  });

  it('a status-page draft without its part is refused at submission, with the reason at the part', async () => {
    // A draft made elsewhere (the API) that says nothing about the page yet.
    const made = await leadApi.post(`/api/v1/incidents/${incidentId}/messages`, {
      audience_id: 'customers',
      kind: 'custom',
      channels: ['status_page'],
      contents: [{ language: 'en', subject: 'Still looking into it', body: 'We are still working on it.' }],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.status_page).toBeNull();
    await lead.goto(`${server.url}/incidents/${incidentId}/messages/${made.body.id}`);
    const part = lead.getByTestId('message-status-page');
    await part.getByText(S.message.empty).waitFor();
    await lead.getByRole('button', { name: M.action.submit }).click();
    await part.getByRole('alert').getByText(statusAdminEn['status.update_missing']).waitFor();

    await part.getByRole('radio', { name: exactly(S.incident_status.monitoring) }).check();
    await lead.getByRole('button', { name: M.action.submit }).click();
    await lead.getByText(M.status.in_review).first().waitFor();
    const message = (await admin.get(`/api/v1/incidents/${incidentId}/messages/${made.body.id}`)).body;
    expect(message.status).toBe('in_review');
    expect(message.status_page).toMatchObject({ incident_status: 'monitoring', components: [] });
  });

  it('had no script errors', () => {
    expect(problems).toEqual([]);
  });
});
