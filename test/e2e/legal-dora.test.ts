// Browser test: a financial entity under DORA. The incident commander classifies a ransomware incident as a major
// ICT-related incident in the assessment form (criteria, the answer, the classification time), and the three
// reports to the supervisor appear: the initial one counting down from the classification (4 hours), the
// intermediate and final ones waiting for the report before them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, openPage } from '../support/browser.js';
import { setUp, type Client } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { declare } from '../incidents/support.js';
import legalWords from '../../web/src/i18n/legal.en.json' with { type: 'json' };

const L = legalWords.legal;
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describeInBrowser('a major ICT incident under DORA: classification and the three reports', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let admin: Client;
  let incident: { id: string };
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    admin = await setUp(server.url);
    const { plan } = (await admin.get('/api/v1/plan')).body;
    plan.regulatory.dora.financial_entity = true;
    const saved = await admin.request('PUT', '/api/v1/plan', {
      plan,
      description: 'a DORA financial entity',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    incident = await declare(admin, { title: 'Payment systems encrypted', personal_data: 'no' });
    browser = await launchBrowser();
    page = await openPage(browser, problems, { timezoneId: 'Europe/Amsterdam' });
    await logIn(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('classifies the incident as major with its criteria and the classification time', async () => {
    await page.goto(`${server.url}/incidents/${incident.id}`);
    await page.locator('#legal').getByRole('button', { name: L.assessment.start }).click();
    const form = page.getByRole('form', { name: L.assessment.form_label });
    await form.getByText(L.assessment.dora.legend).waitFor();
    await form.getByText(L.assessment.dora.intro).waitFor();
    await form.getByRole('checkbox', { name: exactly(L.dora_criterion.critical_services) }).check();
    await form.getByRole('checkbox', { name: exactly(L.dora_criterion.malicious_access) }).check();
    await form
      .getByRole('radiogroup', { name: exactly(L.assessment.dora.major) })
      .getByRole('radio', { name: L.answer.yes, exact: true })
      .check();
    // Classified a minute ago, in the organisation's time (the browser runs in Europe/Amsterdam).
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam',
      dateStyle: 'short',
      timeStyle: 'short',
    })
      .format(new Date(Date.now() - 60_000))
      .replace(' ', 'T');
    await form.getByLabel(exactly(L.assessment.dora.classified_at)).fill(local);
    // NIS2 has a Reasoning field too: this one is in the DORA part of the form.
    await form
      .getByRole('group', { name: L.assessment.dora.legend })
      .getByLabel(exactly(L.assessment.dora.reasoning))
      .fill('Payments down for all clients; attacker inside.');
    // What the answers call for shows before saving: the three reports.
    await form.getByText(L.kind.dora_initial).waitFor();
    await form.getByRole('button', { name: L.assessment.save }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('shows the initial report due 4 hours after classification; the others wait for the report before', async () => {
    const initial = page.getByTestId('obligation-dora_initial');
    await initial.getByText(L.kind.dora_initial).waitFor();
    await expect
      .poll(() => initial.getByTestId('legal-countdown').textContent())
      .toMatch(/^(3 h \d+ min|4 h) left$/);
    await page.getByTestId('obligation-dora_intermediate').waitFor();
    await page.getByTestId('obligation-dora_final').waitFor();
    const legal = (await admin.get(`/api/v1/incidents/${incident.id}/legal`)).body;
    const by = (kind: string) => legal.obligations.find((o: { kind: string }) => o.kind === kind);
    expect(legal.assessment.dora).toMatchObject({
      major: 'yes',
      criteria: ['critical_services', 'malicious_access'],
    });
    expect(Date.parse(by('dora_initial').due_at) - Date.parse(legal.assessment.dora.classified_at)).toBe(
      4 * 3600_000,
    );
    expect(by('dora_intermediate')).toMatchObject({ starts_from: 'previous_report', due_at: null });
    const events = (await admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=100`)).body.items;
    const recorded = events.find((e: { type: string }) => e.type === 'assessment.recorded');
    expect(recorded.payload.changes).toEqual(
      expect.arrayContaining([{ answer: 'dora.major', before: null, after: 'yes' }]),
    );
  });

  it('had no script errors', () => {
    expect(problems).toEqual([]);
  });
});
