// Browser test: a personal-data breach. The privacy officer answers the assessment (personal data, a risk to
// people), sees the 72-hour clock for the Autoriteit Persoonsgegevens, opens the pre-filled draft, downloads it as
// PDF (read back for its text), records the submission with the authority's reference and sees it marked sent.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, openPage } from '../support/browser.js';
import { setUp, type Client } from '../support/client.js';
import { pdfText } from '../support/pdf.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { declare } from '../incidents/support.js';
import legalWords from '../../web/src/i18n/legal.en.json' with { type: 'json' };
import messageWords from '../../web/src/i18n/messages.en.json' with { type: 'json' };

const L = legalWords.legal;
const M = messageWords.messages;
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describeInBrowser(
  'a personal-data breach: assessment, the 72-hour clock, the draft and its submission',
  () => {
    let server: TestServer;
    let browser: Browser;
    let page: Page;
    let admin: Client;
    let incident: { id: string; reference: string; title: string };
    const problems: string[] = [];

    beforeAll(async () => {
      server = await startTestServer('sqlite');
      admin = await setUp(server.url);
      incident = await declare(admin, {
        title: 'Customer list sent to the wrong mailing list',
        scenario_id: 'data_breach',
        personal_data: 'yes',
      });
      browser = await launchBrowser();
      page = await openPage(browser, problems);
      await logIn(page, server.url);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('the privacy officer fills in the assessment: personal data, a risk to people', async () => {
      await page.goto(`${server.url}/incidents/${incident.id}`);
      const legal = page.locator('#legal');
      await legal.getByRole('button', { name: L.assessment.start }).click();
      const form = page.getByRole('form', { name: L.assessment.form_label });
      // The incident already says personal data are involved: the form starts there.
      await expect
        .poll(() =>
          form
            .getByRole('radiogroup', { name: exactly(L.assessment.gdpr.personal_data) })
            .getByRole('radio', { name: L.answer.yes, exact: true })
            .isChecked(),
        )
        .toBe(true);
      await form.getByRole('checkbox', { name: exactly(L.category.ordinary) }).check();
      await form.getByLabel(exactly(L.assessment.gdpr.subjects_min)).fill('1200');
      await form.getByLabel(exactly(L.assessment.gdpr.subjects_max)).fill('1500');
      await form.getByRole('checkbox', { name: exactly(L.assessment.gdpr.confidentiality) }).check();
      await form
        .getByLabel(exactly(L.assessment.gdpr.consequences))
        .fill('Phishing in our name to the people on the list.');
      await form.getByRole('radio', { name: exactly(L.risk.risk) }).check();
      // What the answers call for shows before saving.
      await form.getByText(L.kind.gdpr_authority_ap).waitFor();
      await form.getByRole('button', { name: L.assessment.save }).click();
      await form.waitFor({ state: 'detached' });
    });

    it('shows the Autoriteit Persoonsgegevens clock counting down from awareness', async () => {
      const row = page.getByTestId('obligation-gdpr_authority');
      await row.getByText(L.kind.gdpr_authority_ap).waitFor();
      // Declared a moment ago: just under 72 hours left (rounded up to the minute: "72 h" in the first minute).
      await expect
        .poll(() => row.getByTestId('legal-countdown').textContent())
        .toMatch(/^(72 h|71 h \d+ min) left$/);
      await row.getByText(L.duty.gdpr_authority).waitFor();
      await page.getByTestId('obligation-gdpr_register').waitFor();
      // Said near the clocks: they move with the awareness time, which is changed (with a reason) over there.
      const awarenessLink = /<awareness>(.*)<\/awareness>/.exec(L.section.awareness_note)![1]!;
      await page.locator('#legal').getByRole('link', { name: awarenessLink }).waitFor();
      const legal = (await admin.get(`/api/v1/incidents/${incident.id}/legal`)).body;
      expect(legal.obligations.map((o: { kind: string }) => o.kind).sort()).toEqual([
        'gdpr_authority',
        'gdpr_register',
      ]);
    });

    it('opens the pre-filled draft and downloads it as PDF', async () => {
      await page
        .getByTestId('obligation-gdpr_authority')
        .getByRole('link', { name: fill(L.obligation.open_draft_for, { name: L.kind.gdpr_authority_ap }) })
        .click();
      await page.waitForURL(/\/obligations\//);
      await page.getByRole('heading', { level: 1, name: L.kind.gdpr_authority_ap }).waitFor();
      await page.getByText(L.draft.prefilled).first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: L.draft.download.pdf }).click(),
      ]);
      const pdf = await readFile((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(new Uint8Array(pdf));
      expect(text).toContain(incident.reference);
      expect(text).toMatch(/1[.,]?200/);
    });

    it('records the submission with the reference; the draft becomes the document as sent', async () => {
      await page.getByRole('button', { name: L.obligation.record.sent }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(L.submit.sent.frozen_title).waitFor();
      await dialog.getByLabel(exactly(L.submit.sent.reference)).fill('AP-2026-004711');
      await dialog.getByRole('button', { name: L.submit.sent.confirm }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(L.draft.done_title.sent).waitFor();
      await page
        .getByText(/reference AP-2026-004711/)
        .first()
        .waitFor();
      // Frozen: nothing left to edit or save.
      expect(await page.getByRole('textbox').count()).toBe(0);
      expect(await page.getByRole('button', { name: L.draft.save }).count()).toBe(0);

      await page.goto(`${server.url}/incidents/${incident.id}`);
      const row = page.getByTestId('obligation-gdpr_authority');
      await row.getByText(L.status.submitted, { exact: true }).waitFor();
      await row.getByText(/reference AP-2026-004711/).waitFor();
      const legal = (await admin.get(`/api/v1/incidents/${incident.id}/legal`)).body;
      const authority = legal.obligations.find((o: { kind: string }) => o.kind === 'gdpr_authority');
      expect(authority.status).toBe('submitted');
      expect(authority.submission.reference).toBe('AP-2026-004711');
    });

    it('adds a follow-up to the submitted notification: its own draft, naming the first', async () => {
      const row = page.getByTestId('obligation-gdpr_authority');
      await row.getByText(L.obligation.follow_up_hint).waitFor();
      await row
        .getByRole('button', { name: fill(L.obligation.follow_up_for, { name: L.kind.gdpr_authority_ap }) })
        .click();
      const followUp = page.getByTestId('obligation-gdpr_follow_up');
      await followUp.getByText(fill(L.kind.gdpr_follow_up_n, { n: '1' })).waitFor();
      await followUp.getByText(fill(L.obligation.follows, { reference: 'AP-2026-004711' })).waitFor();
      await followUp
        .getByRole('link', {
          name: fill(L.obligation.open_draft_for, { name: fill(L.kind.gdpr_follow_up_n, { n: '1' }) }),
        })
        .click();
      await page.waitForURL(/\/obligations\//);
      await page
        .getByText(/Follow-up to notification AP-2026-004711/)
        .first()
        .waitFor();
    });

    it('uploads the people affected as CSV: a bad line is named and nothing added, then the list', async () => {
      // High risk: the people affected must be told; their audience takes an uploaded list.
      await admin.request('PUT', `/api/v1/incidents/${incident.id}/assessment`, {
        ...(await admin.get(`/api/v1/incidents/${incident.id}/legal`)).body.assessment,
        gdpr: {
          ...(await admin.get(`/api/v1/incidents/${incident.id}/legal`)).body.assessment.gdpr,
          risk: 'high',
        },
      });
      await page.goto(`${server.url}/incidents/${incident.id}`);
      const audience = page.getByTestId('audience-data_subjects');
      await audience
        .getByRole('button', { name: fill(M.recipients.open_for, { audience: 'People affected' }) })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel(exactly(M.recipients.paste))
        .fill('email,name,language\nanna@example.nl,Anna,nl\nnot-an-address,Bob,en\n');
      await dialog.getByRole('button', { name: M.recipients.upload, exact: true }).click();
      await dialog.getByText(M.recipients.refused).waitFor();
      await dialog.getByText('Line 3: "not-an-address" is not an email address.').waitFor();
      await dialog
        .getByLabel(exactly(M.recipients.paste))
        .fill('email,name,language\nanna@example.nl,Anna,nl\nbob@example.com,Bob,en\n');
      await dialog.getByRole('button', { name: M.recipients.upload, exact: true }).click();
      await dialog
        .getByTestId('recipients-total')
        .getByText(/^2 people on the list \(1 Dutch, 1 English\)/)
        .waitFor();
      await dialog.getByRole('cell', { name: 'bob@example.com' }).waitFor();
      await page.keyboard.press('Escape');
      await audience.getByText(fill(M.recipients.open, { count: '2' })).waitFor();
    });

    it('had no script errors', () => {
      expect(problems).toEqual([]);
    });
  },
);
