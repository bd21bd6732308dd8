import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import type { Client } from '../support/client.js';
import { ADMIN, setUp } from '../support/client.js';
import { pdfText } from '../support/pdf.js';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import plan from '../../web/src/i18n/plan.en.json' with { type: 'json' };
import planEdit from '../../web/src/i18n/plan-edit.en.json' with { type: 'json' };

const P = plan.plan;
const E = planEdit.plan_edit;

describeInBrowser('the response plan in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: Client;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    admin = await setUp(server.url);
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
        problems.push(m.text());
    });
    await page.goto(`${server.url}/login`);
    await page.getByLabel(en.fields.email).fill(ADMIN.email);
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(ADMIN.password);
    await page.getByRole('button', { name: en.login.submit, exact: true }).click();
    await page.getByText('Welcome, Anna').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the starter plan with the team and their phone numbers', async () => {
    const { plan: p } = (await admin.get('/api/v1/plan')).body;
    await page.goto(`${server.url}/plan`);
    await page.getByRole('heading', { name: P.title, exact: true }).waitFor();
    const commander = p.people.find((x: { id: string }) => x.id === p.roles[0].primary);
    await page
      .locator(`a[href="tel:${commander.phone.replace(/[^+\d]/g, '')}"]`)
      .first()
      .waitFor();
  });

  it("changes a role's deputy in the form, and shows the new version and what changed", async () => {
    const { plan: p } = (await admin.get('/api/v1/plan')).body;
    const role = p.roles[0];
    const extra = p.people.find(
      (x: { id: string }) => x.id !== role.primary && !role.deputies.includes(x.id),
    );
    await page.goto(`${server.url}/plan/edit/roles`);
    await page.getByRole('heading', { name: E.section.roles, exact: true }).waitFor();
    await page.getByLabel(E.field.deputies, { exact: true }).first().click();
    await page.getByRole('option', { name: extra.name }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: E.bar.save }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(E.save.description).fill('Extra deputy for the incident commander');
    await dialog.getByRole('button', { name: E.save.confirm, exact: true }).click();
    await page.getByText(E.bar.saved.replace('{{version}}', '2')).waitFor();
    await page.getByRole('link', { name: E.bar.see_diff }).click();
    await page.getByText(`role '${role.name}': 'deputies'`).waitFor();
    await page.getByText(extra.name).first().waitFor();
    const versions = (await admin.get('/api/v1/plan/versions')).body.items;
    expect(versions[0]).toMatchObject({
      number: 2,
      description: 'Extra deputy for the incident commander',
      author_name: ADMIN.name,
    });
    const after = (await admin.get('/api/v1/plan')).body.plan.roles[0].deputies;
    expect(after).toEqual([...role.deputies, extra.id]);
  });

  it('checks the YAML as you type and points at the line of a problem', async () => {
    await page.goto(`${server.url}/plan/yaml`);
    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nunknown_part: 1');
    await page
      .getByText(/'unknown_part' is not a known field here/)
      .first()
      .waitFor();
    const lines = (await admin.get('/api/v1/plan')).body.yaml.split('\n').length;
    await page
      .getByText(new RegExp(`Line (${lines}|${lines + 1}), column 1:`))
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: P.yaml.save }).isDisabled()).toBe(true);
  });

  it('prints the emergency sheet, and its PDF has the phone numbers', async () => {
    const { plan: p } = (await admin.get('/api/v1/plan')).body;
    await page.goto(`${server.url}/plan/emergency-sheet`);
    await page
      .getByRole('heading', { name: P.sheet.heading.replace('{{organisation}}', ADMIN.organisation_name) })
      .waitFor();
    for (const person of p.people.slice(0, 3)) await page.getByText(person.phone).first().waitFor();
    const pdf = await page.request.get(`${server.url}/api/v1/plan/emergency-sheet.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(await pdf.body()))).replace(/\s+/g, ' ');
    for (const person of p.people) expect(text).toContain(person.phone);
  });

  it('runs a contact check: a person acknowledges from the link, the admin sees it', async () => {
    await page.goto(`${server.url}/plan/contact-check`);
    await page.getByRole('button', { name: P.check.start }).click();
    await page.getByRole('button', { name: P.check.confirm }).click();
    const { plan: p } = (await admin.get('/api/v1/plan')).body;
    const person = p.people[0];
    let token = '';
    for (let i = 0; i < 100 && !token; i++) {
      const mail = (await admin.get('/api/v1/mail')).body.items.find(
        (m: { recipient: string }) => m.recipient === person.email,
      );
      if (mail)
        token = /\/contact-check\/([A-Za-z0-9_-]+)/.exec(
          (await admin.get(`/api/v1/mail/${mail.id}`)).body.text_body,
        )![1]!;
      else await new Promise((r) => setTimeout(r, 100));
    }
    const outsider = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 800 } });
    const phone = await outsider.newPage();
    await phone.goto(`${server.url}/contact-check/${token}`);
    await phone.getByRole('button', { name: P.ack.button }).click();
    await phone.getByText(P.ack.thanks_title.replace('{{name}}', person.name)).waitFor({ timeout: 10_000 });
    await outsider.close();
    const latest = (await admin.get('/api/v1/contact-checks/latest')).body;
    expect(latest.acknowledged).toBe(1);
    await page.reload();
    await page.getByText(person.email).first().waitFor();
  });

  it('had no script errors and no Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
