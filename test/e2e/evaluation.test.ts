// Browser test: the review of a finished incident. The incident commander opens the review from the incident page,
// sees the figures the timeline gives, writes what went well and wrong, the communication assessment and a lesson,
// adds an action item that changes the plan, finds closing blocked until the review is done, marks it done,
// closes the incident, and downloads the incident report (PDF, read back) and the board summary (Markdown).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, openPage } from '../support/browser.js';
import { ADMIN, setUp, type Client } from '../support/client.js';
import { pdfText } from '../support/pdf.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { declare } from '../incidents/support.js';
import evaluationWords from '../../web/src/i18n/evaluation.en.json' with { type: 'json' };
import incidentWords from '../../web/src/i18n/incidents.en.json' with { type: 'json' };

const E = evaluationWords.evaluation;
const I = incidentWords.incidents;
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describeInBrowser(
  'the review of a finished incident: contributions, an action item, done, closed, reports',
  () => {
    let server: TestServer;
    let browser: Browser;
    let page: Page;
    let admin: Client;
    let incident: { id: string; reference: string; title: string; tasks: Array<{ id: string }> };
    const problems: string[] = [];
    const ITEM = 'Check the backup server for encrypted files before recovery';

    beforeAll(async () => {
      server = await startTestServer('sqlite');
      admin = await setUp(server.url);
      incident = await declare(admin, {
        title: 'File servers encrypted by ransomware',
        awareness_at: new Date(Date.now() - 30 * 60_000).toISOString(),
      });
      // The response is over: every task skipped, the incident through containment and recovery into evaluation.
      for (const task of incident.tasks)
        await admin.patch(`/api/v1/incidents/${incident.id}/tasks/${task.id}`, {
          status: 'skipped',
          reason: 'Not needed in this test',
        });
      for (const phase of ['containment', 'recovery', 'evaluation']) {
        const moved = await admin.post(`/api/v1/incidents/${incident.id}/phase`, { phase });
        expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      }
      browser = await launchBrowser();
      page = await openPage(browser, problems, { acceptDownloads: true });
      await logIn(page, server.url);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('opens the review from the incident page, with the figures from the timeline in front', async () => {
      await page.goto(`${server.url}/incidents/${incident.id}`);
      const section = page.locator('#review');
      await section.getByText(E.state.open, { exact: true }).waitFor();
      await section.getByText(E.section.close_needs_review).waitFor();
      await section.getByRole('link', { name: E.section.open }).click();
      await page.waitForURL(/\/review$/);
      await page.getByRole('heading', { level: 1, name: E.page.title }).waitFor();
      // Aware 30 minutes before the declaration: the time to detect says so; the rest was measured a moment ago.
      await expect.poll(() => page.getByTestId('metric-detect').textContent()).toMatch(/(29|30|31) min/);
      await page
        .getByTestId('metric-detect')
        .getByText(new RegExp(`^From ${E.signal.awareness}`))
        .waitFor();
      const review = (await admin.get(`/api/v1/incidents/${incident.id}/review`)).body;
      expect(review.metrics.first_signal_source).toBe('awareness');
      expect(review.state).toBe('open');
    });

    it('adds what went well and what went wrong, and the communication assessment and lessons', async () => {
      const form = page.getByRole('form', { name: E.contributions.add_title });
      await form.getByRole('button', { name: E.contributions.add }).click();
      // Nothing written: the form says what is missing and sends nothing.
      await form.getByText(E.contributions.empty).waitFor();
      await form
        .getByLabel(exactly(E.contributions.went_well))
        .fill('The backups of the night before were safe.');
      await form.getByLabel(exactly(E.contributions.went_wrong)).fill('We found the second share late.');
      await form.getByRole('button', { name: E.contributions.add }).click();
      const contribution = page.getByTestId('contribution');
      await contribution.getByText('The backups of the night before were safe.').waitFor();
      await contribution.getByText(ADMIN.name).waitFor();

      const texts = page.getByRole('form', { name: E.texts.form_label });
      await texts.getByLabel(exactly(E.texts.communication)).fill('Staff heard within the hour.');
      await texts.getByLabel(exactly(E.texts.lessons)).fill('Check every backup server before recovery.');
      await texts.getByText(E.texts.unsaved).waitFor();
      await texts.getByRole('button', { name: E.texts.save }).click();
      await texts.getByText(new RegExp(`^Last changed by ${ADMIN.name}`)).waitFor();
      const review = (await admin.get(`/api/v1/incidents/${incident.id}/review`)).body;
      expect(review.contributions).toHaveLength(1);
      expect(review.contributions[0].went_wrong).toBe('We found the second share late.');
      expect(review.lessons).toBe('Check every backup server before recovery.');
    });

    it('adds an action item with an owner, a due date and the part of the plan it changes', async () => {
      await page.getByRole('button', { name: E.items.add }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(exactly(E.items.title)).fill(ITEM);
      await dialog.getByLabel(exactly(E.items.owner)).first().click();
      await page.getByRole('option', { name: new RegExp(`^${ADMIN.name}`) }).click();
      await dialog.getByLabel(exactly(E.items.due)).fill('2027-01-15');
      await dialog.getByLabel(exactly(E.items.plan_part)).first().click();
      await page.getByRole('option', { name: 'Scenarios: Ransomware' }).click();
      await dialog.getByRole('button', { name: E.items.add }).click();
      await dialog.waitFor({ state: 'detached' });
      const item = page.getByTestId('action-item').filter({ hasText: ITEM });
      await item.getByText(E.status.open, { exact: true }).waitFor();
      await item.getByText(ADMIN.name).waitFor();
      await item.getByText('15 Jan 2027').waitFor();
      await item.getByRole('link', { name: 'Scenarios: Ransomware' }).waitFor();
      const [saved] = (await admin.get(`/api/v1/incidents/${incident.id}/review`)).body.action_items;
      expect(saved).toMatchObject({
        title: ITEM,
        owner_name: ADMIN.name,
        due_on: '2027-01-15',
        plan_part: 'scenarios.ransomware',
        status: 'open',
      });
      // The backlog across incidents lists it too.
      const backlog = (await admin.get('/api/v1/action-items')).body;
      expect(backlog.items.map((i: { title: string }) => i.title)).toContain(ITEM);
    });

    it('cannot close the incident before the review is done; marks it done and closes it', async () => {
      await page.goto(`${server.url}/incidents/${incident.id}`);
      await page.getByRole('button', { name: I.phase_bar.close }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: I.phase_bar.close }).click();
      await dialog.getByText(I.phase_bar.blocked, { exact: true }).waitFor();
      // The server's words say what is missing: the review.
      await dialog.getByText(/The review has not been held yet/).waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect((await admin.get(`/api/v1/incidents/${incident.id}`)).body.phase).toBe('evaluation');

      await page.locator('#review').getByRole('link', { name: E.section.open }).click();
      await page.waitForURL(/\/review$/);
      await page.getByRole('button', { name: E.review.done }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: E.review.done }).click();
      await dialog.waitFor({ state: 'detached' });
      await page
        .getByTestId('review-status')
        .getByText(exactly(fill(E.review.done_by.split('{{when}}')[0]!, { name: ADMIN.name })))
        .waitFor();

      await page.goto(`${server.url}/incidents/${incident.id}`);
      await page.getByRole('button', { name: I.phase_bar.close }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: I.phase_bar.close }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(I.phase_bar.closed).waitFor();
      expect((await admin.get(`/api/v1/incidents/${incident.id}`)).body.phase).toBe('closed');
      expect((await admin.get(`/api/v1/incidents/${incident.id}/review`)).body.state).toBe('done');
    });

    it('downloads the incident report as PDF and the summary for the board as Markdown', async () => {
      await page.goto(`${server.url}/incidents/${incident.id}/review`);
      await page.getByText(E.state.done, { exact: true }).first().waitFor();
      const named = (report: string, format: string) => fill(E.reports.download_named, { report, format });
      const [pdfDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: named(E.reports.report, E.reports.format.pdf) }).click(),
      ]);
      const pdf = await readFile((await pdfDownload.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = (await pdfText(new Uint8Array(pdf))).replace(/\s+/g, ' ');
      expect(text).toContain(incident.reference);
      expect(text).toContain('Check the backup server for encrypted files');
      expect(text).toContain('Check every backup server before recovery.');

      const [mdDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: named(E.reports['report-executive'], E.reports.format.md) }).click(),
      ]);
      const md = await readFile((await mdDownload.path())!, 'utf8');
      expect(md).toContain(incident.reference);
      expect(md).toContain(incident.title);
    });

    it('closes the action item from the improvement backlog, linked to the plan version that made the change', async () => {
      // The change is made in the plan first: version 2 adds the check to the ransomware scenario.
      const { plan } = (await admin.get('/api/v1/plan')).body;
      const ransomware = plan.scenarios.find((x: { id: string }) => x.id === 'ransomware');
      ransomware.description = `${ransomware.description} Check the backup server for encrypted files.`;
      const saved = await admin.request('PUT', '/api/v1/plan', { plan, description: 'Backup server check' });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      await page.goto(`${server.url}/improvements`);
      await page.getByRole('heading', { level: 1, name: E.backlog.title }).waitFor();
      const item = page.getByTestId('action-item').filter({ hasText: ITEM });
      await item.getByRole('link', { name: new RegExp(incident.reference) }).waitFor();
      await item.getByRole('button', { name: fill(E.items.close_named, { title: ITEM }) }).click();
      const dialog = page.getByRole('dialog');
      // It changes the plan: closing as done asks for the plan version with the change (the newest is chosen).
      await dialog.getByText(E.close.plan_version, { exact: false }).first().waitFor();
      await dialog.getByRole('button', { name: E.close.confirm_done }).click();
      await dialog.waitFor({ state: 'detached' });
      // Done items leave the default view (open and in progress); the "Done" view shows it with its plan version.
      await item.waitFor({ state: 'detached' });
      await page.getByText(E.backlog.status_done, { exact: true }).click();
      await item.getByRole('link', { name: fill(E.items.plan_version, { number: '2' }) }).waitFor();
      const [closed] = (await admin.get(`/api/v1/action-items?incident=${incident.id}&status=done`)).body
        .items;
      expect(closed).toMatchObject({ title: ITEM, status: 'done', closed_by_plan_version: 2 });
    });

    it('shows the trends as charts, each with its table, and offers them as CSV', async () => {
      await page.goto(`${server.url}/trends`);
      const times = page.getByTestId('trend-times');
      await times.locator('.recharts-wrapper').waitFor();
      await times.getByText(E.trends.as_table, { exact: true }).click();
      await times.getByRole('columnheader', { name: E.metrics.detect }).waitFor();
      const csv = await page.getByRole('link', { name: E.trends.csv }).getAttribute('href');
      expect(csv).toBe('/api/v1/evaluation/trends.csv?lang=en');
    });

    it('had no script errors', () => {
      expect(problems).toEqual([]);
    });
  },
);
