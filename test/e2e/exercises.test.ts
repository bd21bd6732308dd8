// Browser test: a table-top exercise with a facilitator and a participant in two browser contexts. The facilitator
// starts the built-in ransomware script from the exercises page; the participant reads the first inject and
// declares the exercise incident; the facilitator sees "incident declared" turn met; an inject sent early arrives
// live on the participant's incident page (Server-Sent Events), as do a pause and an inject written on the spot;
// the facilitator writes a note, ends the exercise and downloads the after-action report (PDF read back, and
// Markdown); the participant gives feedback.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn } from '../support/browser.js';
import { ADMIN, setUp, type Client } from '../support/client.js';
import { pdfText } from '../support/pdf.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { accountWith } from '../incidents/support.js';
import exerciseWords from '../../web/src/i18n/exercises.en.json' with { type: 'json' };
import incidentWords from '../../web/src/i18n/incidents.en.json' with { type: 'json' };

const X = exerciseWords.exercises;
const I = incidentWords.incidents;
/** A label that starts with `text` (a required field's label ends with an asterisk). */
const starts = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

interface Script {
  id: string;
  title: string;
  language: string;
  declared_by: string;
}
interface Inject {
  id: string;
  title: string;
  fired: boolean;
  due_ms: number;
}
interface Expectation {
  id: string;
  kind: string;
  description: string;
  outcome: string;
}

describeInBrowser('a table-top exercise: facilitator and participant, live', () => {
  let server: TestServer;
  let browser: Browser;
  let facilitator: Page;
  let participant: Page;
  let admin: Client;
  let script: Script;
  let exerciseUrl = '';
  let exerciseId = '';
  let incidentId = '';
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    admin = await setUp(server.url);
    await accountWith(admin, server.url, 'wim@example.org', 'responder', { name: 'Wim Participant' });
    const scripts = (await admin.get('/api/v1/exercise-scripts')).body.items as Script[];
    script = scripts.find((s) => s.id === 'ransomware-en')!;
    expect(script.declared_by).toBe('team');
    browser = await launchBrowser();
    const pages = await Promise.all(
      [1280, 375].map(async (width) => {
        const context = await browser.newContext({
          locale: 'en-GB',
          viewport: { width, height: 900 },
          acceptDownloads: true,
        });
        const page = await context.newPage();
        page.setDefaultTimeout(10_000);
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        return page;
      }),
    );
    [facilitator, participant] = pages as [Page, Page];
    await logIn(facilitator, server.url, ADMIN.email, ADMIN.password);
    await logIn(participant, server.url, 'wim@example.org', 'long enough password');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the facilitator starts the ransomware script from the exercises page, in real time', async () => {
    await facilitator.goto(`${server.url}/exercises`);
    await facilitator.getByRole('heading', { name: X.page.title, level: 1 }).waitFor();
    await facilitator
      .getByRole('button', { name: fill(X.script.start_named, { title: script.title }) })
      .click();
    const dialog = facilitator.getByRole('dialog');
    await dialog.getByText(X.script.team_declares).waitFor();
    await dialog.getByRole('button', { name: X.start.submit }).click();
    await facilitator.waitForURL(/\/exercises\/[^/]+$/);
    exerciseUrl = facilitator.url();
    exerciseId = exerciseUrl.split('/').pop()!;
    await facilitator.getByText(X.banner.title, { exact: true }).waitFor();
    await facilitator.getByText(X.page.you_facilitate).waitFor();
    await facilitator.getByRole('timer').waitFor();
    await facilitator.getByText(X.console.incident_none).waitFor();
    const exercise = (await admin.get(`/api/v1/exercises/${exerciseId}`)).body;
    expect(exercise.status).toBe('running');
    expect(exercise.speed).toBe(1);
    expect(exercise.incident).toBeNull();
  });

  it('the participant reads the first inject and declares the exercise incident', async () => {
    const first = ((await admin.get(`/api/v1/exercises/${exerciseId}`)).body.injects as Inject[]).sort(
      (a, b) => a.due_ms - b.due_ms,
    )[0]!;
    await participant.goto(exerciseUrl);
    await participant.getByText(X.banner.title, { exact: true }).waitFor();
    // The first inject is due at the start: it arrives within a tick or two.
    await participant.getByText(first.title).first().waitFor({ timeout: 15_000 });
    // A participant sees no expectations and no facilitator's controls.
    expect(await participant.getByText(X.expectations.title).count()).toBe(0);
    expect(await participant.getByRole('button', { name: X.console.pause }).count()).toBe(0);
    await participant.getByRole('button', { name: X.participant.declare }).click();
    await participant.waitForURL(/\/incidents\/[0-9a-f-]{36}/);
    incidentId = participant.url().split('/').pop()!.split('?')[0]!;
    const incident = (await admin.get(`/api/v1/incidents/${incidentId}`)).body;
    expect(incident.exercise).toBe(true);
    // The real incident page, marked as an exercise, with the inject so far.
    await participant.getByText(I.flags.exercise).first().waitFor();
    const injects = participant.locator('#exercise-injects');
    await injects.getByText(first.title).waitFor();
  });

  it('the facilitator sees the incident and "incident declared" turn met', async () => {
    const exercise = (await admin.get(`/api/v1/exercises/${exerciseId}`)).body;
    const declared = (exercise.expectations as Expectation[]).find((e) => e.kind === 'incident_declared')!;
    expect(declared.outcome).toBe('met');
    await facilitator
      .getByRole('link', { name: fill(X.console.open_incident, { reference: exercise.incident.reference }) })
      .waitFor({ timeout: 8_000 });
    const item = facilitator.getByRole('listitem', { name: `${declared.description}: ${X.outcome.met}` });
    await item.waitFor({ timeout: 8_000 });
    expect(await item.getAttribute('data-outcome')).toBe('met');
  });

  it("an inject sent early arrives live on the participant's incident page", async () => {
    const exercise = (await admin.get(`/api/v1/exercises/${exerciseId}`)).body;
    const next = (exercise.injects as Inject[])
      .filter((i) => !i.fired)
      .sort((a, b) => a.due_ms - b.due_ms)[0]!;
    const injects = participant.locator('#exercise-injects');
    expect(await injects.getByText(next.title).count()).toBe(0);
    await facilitator.getByRole('button', { name: fill(X.inject.fire_named, { title: next.title }) }).click();
    // No reload: the incident's event stream brings it.
    await injects.getByText(next.title).waitFor({ timeout: 5_000 });
    await injects.getByText(X.incident.latest).waitFor();
    const after = (await admin.get(`/api/v1/exercises/${exerciseId}`)).body;
    const fired = (after.injects as Array<Inject & { early: boolean }>).find((i) => i.id === next.id)!;
    expect(fired.fired).toBe(true);
    expect(fired.early).toBe(true);
  });

  it('the facilitator pauses, resumes, sets the speed, and writes an inject on the spot that arrives live', async () => {
    await facilitator.getByRole('button', { name: X.console.pause }).click();
    await facilitator.getByText(X.console.paused_hint).waitFor();
    expect((await admin.get(`/api/v1/exercises/${exerciseId}`)).body.status).toBe('paused');
    // The participants see the clock stop on their incident, live.
    const onIncident = participant.locator('#exercise-injects');
    await onIncident.getByText(X.incident.paused).waitFor({ timeout: 5_000 });
    await facilitator.getByRole('button', { name: X.console.resume }).click();
    await facilitator.getByRole('button', { name: X.console.pause }).waitFor();
    expect((await admin.get(`/api/v1/exercises/${exerciseId}`)).body.status).toBe('running');
    await onIncident.getByText(X.incident.paused).waitFor({ state: 'detached', timeout: 5_000 });
    await facilitator.getByLabel(X.console.speed, { exact: true }).first().click();
    await facilitator.getByRole('option', { name: fill(X.speed, { speed: '2' }), exact: true }).click();
    await facilitator.getByText(fill(X.console.speed_hint, { speed: '2' })).waitFor();
    expect((await admin.get(`/api/v1/exercises/${exerciseId}`)).body.speed).toBe(2);

    await facilitator.getByRole('button', { name: X.adhoc.button }).click();
    const dialog = facilitator.getByRole('dialog');
    await dialog.getByLabel(starts(X.adhoc.what)).fill('The CEO calls the incident commander');
    await dialog
      .getByLabel(starts(X.adhoc.body))
      .fill('"Are customers affected? I am on the radio at nine."');
    await dialog.getByLabel(starts(X.adhoc.from)).fill('CEO');
    await dialog.getByRole('button', { name: X.adhoc.send }).click();
    await dialog.waitFor({ state: 'detached' });
    const injects = participant.locator('#exercise-injects');
    await injects.getByText('The CEO calls the incident commander').waitFor({ timeout: 5_000 });
    const after = (await admin.get(`/api/v1/exercises/${exerciseId}`)).body;
    const adHoc = (after.injects as Array<Inject & { ad_hoc: boolean; from: string }>).find((i) => i.ad_hoc)!;
    expect(adHoc).toMatchObject({ title: 'The CEO calls the incident commander', fired: true, from: 'CEO' });
  });

  it('the facilitator notes, ends the exercise and downloads the after-action report', async () => {
    await facilitator.getByLabel(X.notes.new).fill('The service desk advised restarting laptops.');
    await facilitator.getByRole('button', { name: X.notes.add }).click();
    await facilitator.getByText('The service desk advised restarting laptops.').waitFor();
    await facilitator.getByRole('button', { name: X.console.end }).click();
    await facilitator.getByRole('dialog').getByRole('button', { name: X.console.end }).click();
    await facilitator.getByText(X.banner.ended).waitFor();
    await facilitator.getByRole('heading', { name: X.results.score }).waitFor();
    const ended = (await admin.get(`/api/v1/exercises/${exerciseId}`)).body;
    expect(ended.status).toBe('ended');
    expect(ended.score.met).toBeGreaterThanOrEqual(1);

    await facilitator.getByLabel(X.actions.new).fill('Teach the service desk what to tell callers');
    await facilitator.getByRole('button', { name: X.actions.add }).click();
    await facilitator.getByText('Teach the service desk what to tell callers').waitFor();

    const [pdfDownload] = await Promise.all([
      facilitator.waitForEvent('download'),
      facilitator.getByRole('link', { name: X.report.pdf }).click(),
    ]);
    const pdf = await readFile((await pdfDownload.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(new Uint8Array(pdf))).replace(/\s+/g, ' ');
    expect(text).toContain(script.title);
    const [mdDownload] = await Promise.all([
      facilitator.waitForEvent('download'),
      facilitator.getByRole('link', { name: X.report.md }).click(),
    ]);
    const md = await readFile((await mdDownload.path())!, 'utf8');
    expect(md).toContain(script.title);
    expect(md).toContain('The service desk advised restarting laptops.');
    expect(md).toContain('Teach the service desk what to tell callers');
  });

  it('the participant sees the results and gives feedback', async () => {
    await participant.goto(exerciseUrl);
    await participant.getByRole('heading', { name: X.results.score }).waitFor();
    // The star's input is visually hidden behind its label, as in any star rating.
    const star = participant.getByRole('radio', { name: X.feedback.rating_4, exact: true });
    await participant.locator(`label[for="${await star.getAttribute('id')}"]`).click();
    expect(await star.isChecked()).toBe(true);
    await participant.getByLabel(X.feedback.went_well).fill('Declaring was quick.');
    await participant.getByRole('button', { name: X.feedback.send }).click();
    await participant.getByText(X.feedback.thanks).waitFor();
    const feedback = (await admin.get(`/api/v1/exercises/${exerciseId}/feedback`)).body;
    expect(feedback.items).toHaveLength(1);
    expect(feedback.items[0].rating).toBe(4);
  });

  it('had no script errors', () => {
    expect(problems).toEqual([]);
  });
});
