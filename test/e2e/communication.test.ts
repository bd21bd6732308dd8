// Browser test: the communications lead writes an update for partners from the plan's template, sees the
// plain-language hints, submits it; legal approves it in a second browser (a phone); the lead publishes it, and
// the email arrives at a real SMTP server with the right subject, a text part and an HTML part.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, openPage } from '../support/browser.js';
import { setUp, type Client } from '../support/client.js';
import { accountWith } from '../incidents/support.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import messageWords from '../../web/src/i18n/messages.en.json' with { type: 'json' };

const M = messageWords.messages;
const LEAD = 'maria@example.org';
const LEGAL = 'priya@example.org';
const PARTNER = 'supplier@example.net';
const PASSWORD = 'long enough password';
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/** With SMTP set, invitations go out by mail: the link is read from what the SMTP server received. */

describeInBrowser(
  'an update for partners, from template to inbox, with two people and their approvals',
  () => {
    let sink: SmtpSink;
    let server: TestServer;
    let browser: Browser;
    let lead: Page;
    let legal: Page;
    let admin: Client;
    let incidentId = '';
    let messageUrl = '';
    const problems: string[] = [];

    beforeAll(async () => {
      sink = await startSmtpSink();
      server = await startTestServer('sqlite', { env: { STORMBELL_SMTP_URL: sink.url } });
      admin = await setUp(server.url);
      await accountWith(admin, server.url, LEAD, 'responder', {
        name: 'Maria Santos',
        password: PASSWORD,
        smtp: { sink },
      });
      await accountWith(admin, server.url, LEGAL, 'responder', {
        name: 'Priya Shah',
        password: PASSWORD,
        smtp: { sink },
      });

      // The plan's communications lead and legal counsel are these two accounts; partners get email at one address.
      const current = (await admin.get('/api/v1/plan')).body;
      const plan = structuredClone(current.plan);
      const person = (role: string) => {
        const id = plan.roles.find((r: { id: string }) => r.id === role).primary;
        return plan.people.find((p: { id: string }) => p.id === id);
      };
      person('communications_lead').email = LEAD;
      person('legal').email = LEGAL;
      const partners = plan.audiences.find((a: { id: string }) => a.id === 'partners');
      partners.channels = ['email'];
      partners.approval_chain = ['communications_lead', 'legal'];
      partners.recipients = [{ email: PARTNER, name: 'Key supplier', language: 'en' }];
      const saved = await admin.request('PUT', '/api/v1/plan', { plan, description: 'communication test' });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);

      const declared = await admin.post('/api/v1/incidents', {
        title: 'Files on the file server encrypted',
        scenario_id: 'ransomware',
        severity_id: plan.severities[0].id,
      });
      expect(declared.status).toBe(201);
      incidentId = declared.body.id;
      const facts = await admin.request('PUT', `/api/v1/incidents/${incidentId}/fact-sheet`, {
        what_happened: 'Criminals encrypted files on two file servers last night.',
        affected: 'The shared drives; email and the customer portal work.',
        actions: 'We took the file servers off the network and restore them from backups.',
        advice: 'Confirm changed bank details by phone.',
        expected_recovery: 'Thursday morning',
        next_update_at: null,
      });
      expect(facts.status).toBe(200);

      browser = await launchBrowser();
      const open = (width: number) => openPage(browser, problems, { viewport: { width, height: 900 } });
      lead = await open(1280);
      legal = await open(375);
      await logIn(lead, server.url, LEAD, PASSWORD);
      await logIn(legal, server.url, LEGAL, PASSWORD);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await sink?.close();
    });

    it('the lead starts from the holding statement, sees the jargon flagged and submits it', async () => {
      await lead.goto(`${server.url}/incidents/${incidentId}`);
      await lead
        .getByRole('link', { name: fill(M.audience.write_for, { audience: 'Partners and suppliers' }) })
        .click();
      await lead.waitForURL(/\/messages\/new\?audience=partners/);
      // The holding statement is offered first, filled from the fact sheet.
      await expect
        .poll(() => lead.getByRole('radio', { name: new RegExp(M.kind.holding) }).isChecked())
        .toBe(true);
      const body = lead.getByLabel(new RegExp(`^${M.editor.body}`));
      await expect.poll(() => body.inputValue()).toContain('Criminals encrypted files on two file servers');

      const template = await body.inputValue();
      await body.fill(`${template.trimEnd()}\n\nOur EDR saw lateral movement from the file servers.`);
      const hint = lead.getByRole('button', { name: fill(M.plain.select, { text: 'lateral movement' }) });
      await hint.waitFor();
      await lead.getByRole('button', { name: fill(M.plain.select, { text: 'EDR' }) }).waitFor();
      await lead.getByText('“lateral movement” is jargon').first().waitFor();
      // A hint selects its words in the text, so the writer sees what it is about.
      await hint.click();
      await expect
        .poll(() =>
          // A string runs in the page: the test's own TypeScript knows no DOM.
          lead.evaluate(
            '(() => { const el = document.activeElement; return el.value.slice(el.selectionStart, el.selectionEnd); })()',
          ),
        )
        .toBe('lateral movement');

      await lead.getByRole('button', { name: M.action.submit }).click();
      await lead.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
      messageUrl = lead.url();
      await lead.getByText(M.status.in_review).first().waitFor();
      await lead.getByText(fill(M.next.wait_approval, { roles: 'Legal counsel' })).waitFor();
    });

    it('legal approves it from a phone; the lead sees it live and publishes after a last check', async () => {
      await legal.goto(messageUrl);
      const approve = legal.getByRole('button', {
        name: fill(M.action.approve_as, { role: 'Legal counsel' }),
      });
      await approve.click();
      await legal.getByText(M.status.approved, { exact: true }).first().waitFor();

      // No reload: the lead's page follows the incident's live stream.
      await lead.getByRole('button', { name: M.action.publish, exact: true }).click();
      const dialog = lead.getByRole('dialog');
      await dialog.getByText(fill(M.publish.email_recipients_one, { count: '1' })).waitFor();
      await dialog.getByRole('button', { name: M.publish.confirm }).click();
      await lead.getByText(M.status.published, { exact: true }).first().waitFor();
      await lead.getByRole('heading', { name: M.deliveries.title }).waitFor();
      await lead.getByText(PARTNER).first().waitFor();
    });

    it('the email reaches the partner with the approved subject, as text and as HTML', async () => {
      const id = messageUrl.split('/').pop()!;
      const message = (await admin.get(`/api/v1/incidents/${incidentId}/messages/${id}`)).body;
      expect(message.status).toBe('published');
      expect(message.approvals.map((a: { via: string }) => a.via)).toEqual(['submission', 'approval']);
      let received = sink.received.find((r) => r.rcpt.includes(PARTNER));
      for (let i = 0; i < 100 && !received; i++) {
        await new Promise((r) => setTimeout(r, 50));
        received = sink.received.find((r) => r.rcpt.includes(PARTNER));
      }
      expect(received, 'mail to the partner').toBeDefined();
      const mail = received!.mail;
      expect(mail.subject).toBe(message.contents[0].subject);
      expect(mail.subject).toContain('Waterschap Test');
      expect(mail.text).toContain('Our EDR saw lateral movement from the file servers.');
      expect(mail.html).toContain('Our EDR saw lateral movement from the file servers.');
      expect(mail.html).toMatch(/<strong>/);
      // The page shows the delivery as sent once the worker has reported back.
      await lead.getByText(M.deliveries.state.sent, { exact: true }).first().waitFor({ timeout: 15_000 });
    });

    it('"who heard what, when" lists the update with who approved it', async () => {
      await legal.goto(`${server.url}/incidents/${incidentId}/communication`);
      await legal.getByRole('heading', { name: 'Partners and suppliers' }).waitFor();
      await legal
        .getByText(fill(M.record.approver, { name: 'Priya Shah', role: 'Legal counsel' }))
        .first()
        .waitFor();
    });

    it('had no script errors', () => {
      expect(problems).toEqual([]);
    });
  },
);
