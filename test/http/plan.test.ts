import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN, Client, linkFromMail, setUp } from '../support/client.js';
import { pdfText } from '../support/pdf.js';
import { setYamlValue } from '../../src/core/plan/index.js';

forEachDatabase('the response plan over HTTP', (dialect) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
  });
  afterAll(() => server?.close());

  it("starts as the starter plan in the organisation's language, with its name", async () => {
    const res = await admin.get('/api/v1/plan');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 1,
      author_name: ADMIN.name,
      description: 'Starter plan',
      contact_check: null,
    });
    expect(res.body.plan.organisation).toMatchObject({ name: ADMIN.organisation_name, language: 'en' });
    // The starter plan names the spokesperson for the press page.
    expect(res.body.plan.organisation.press_contact.name).toEqual(expect.any(String));
    expect(res.body.review).toMatchObject({ due: false, months_since: 0 });
    expect(res.body.yaml).toContain('# Stormbell response plan: starter version (English).');
  });

  it('lets responders read it, not viewers, and only admins change it', async () => {
    for (const [email, level] of [
      ['v@example.org', 'viewer'],
      ['r@example.org', 'responder'],
    ] as const) {
      await admin.post('/api/v1/accounts', { email, name: level, language: 'en', access_level: level });
      const token = await linkFromMail(admin, email);
      const c = new Client(server.url);
      await c.post('/api/v1/auth/account-token', { token, password: 'long enough password' });
      const read = await c.get('/api/v1/plan');
      expect(read.status, level).toBe(level === 'viewer' ? 403 : 200);
      const write = await c.request('PUT', '/api/v1/plan', {
        yaml: read.body?.yaml ?? 'x',
        description: 'x',
      });
      expect(write.status, level).toBe(403);
    }
  });

  it('refuses an invalid plan whole, with every problem at its line, and keeps the plan in force', async () => {
    const current = (await admin.get('/api/v1/plan')).body;
    const broken = current.yaml
      .replace(`primary: ${current.plan.roles[0].primary}`, 'primary: nobody_here')
      .replace(/deputies: \[([a-z_]+)\]/, 'deputys: [$1]');
    expect(broken).not.toBe(current.yaml);
    const res = await admin.request('PUT', '/api/v1/plan', { yaml: broken, description: 'broken' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid');
    expect(res.body.detail).toBe(
      `The plan has ${res.body.errors.length} problems; nothing was changed. See the list.`,
    );
    expect(res.body.errors.length, JSON.stringify(res.body.errors)).toBeGreaterThanOrEqual(2);
    for (const e of res.body.errors) expect(e.line).toBeGreaterThan(0);
    expect(res.body.errors.map((e: { message: string }) => e.message)).toContain(
      "role 'incident_commander': primary person 'nobody_here' is not a person in this plan",
    );
    const after = (await admin.get('/api/v1/plan')).body;
    expect(after.version).toBe(1);
    expect(after.yaml).toBe(current.yaml);
  });

  it('stores a change as a new version with author and description, and says what changed', async () => {
    const current = (await admin.get('/api/v1/plan')).body;
    const role = current.plan.roles[0];
    const newDeputy = current.plan.people.find(
      (p: { id: string }) => p.id !== role.primary && !role.deputies.includes(p.id),
    ).id;
    const yaml = setYamlValue(current.yaml, ['roles', 0, 'deputies'], [...role.deputies, newDeputy]);
    const res = await admin.request('PUT', '/api/v1/plan', {
      yaml,
      description: 'Second deputy for the incident commander',
      base_version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 2,
      changed: true,
      description: 'Second deputy for the incident commander',
    });
    expect(res.body.yaml).toContain('# Stormbell response plan: starter version (English).'); // comments kept

    const diff = await admin.get('/api/v1/plan/diff?from=1&to=2');
    const nameOf = (id: string) => current.plan.people.find((p: { id: string }) => p.id === id).name;
    expect(diff.body.changes).toEqual([
      expect.objectContaining({
        kind: 'changed',
        label: `role '${role.name}': 'deputies'`,
        before: role.deputies.map(nameOf),
        after: [...role.deputies, newDeputy].map(nameOf),
      }),
    ]);
    const versions = await admin.get('/api/v1/plan/versions');
    expect(versions.body.items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(versions.body.items[0]).toMatchObject({ author_name: ADMIN.name, restored_from: null });
    const activity = await admin.get('/api/v1/activity');
    const event = activity.body.items.find((e: { type: string }) => e.type === 'plan.changed');
    expect(event.payload).toMatchObject({
      version: 2,
      change_count: 1,
      changes: [{ kind: 'changed', label: `role '${role.name}': 'deputies'` }],
    });
  });

  it('saving the same plan again changes nothing; a stale base version is refused', async () => {
    const current = (await admin.get('/api/v1/plan')).body;
    const same = await admin.request('PUT', '/api/v1/plan', { plan: current.plan, description: 'no-op' });
    expect(same.body).toMatchObject({ changed: false, version: current.version });
    expect(same.body.yaml).toBe(current.yaml); // the YAML as written, comments and all, stays
    const sameText = await admin.request('PUT', '/api/v1/plan', { yaml: current.yaml, description: 'no-op' });
    expect(sameText.body).toMatchObject({ changed: false, version: current.version });
    const edited = {
      ...current.plan,
      organisation: { ...current.plan.organisation, name: 'Waterschap Test en Omstreken' },
    };
    const stale = await admin.request('PUT', '/api/v1/plan', {
      plan: edited,
      description: 'late',
      base_version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toContain(`version ${current.version}`);
    expect((await admin.get('/api/v1/plan')).body.version).toBe(current.version);
  });

  it('keeps the comments of the YAML when the plan comes back as an object from the edit forms', async () => {
    const current = (await admin.get('/api/v1/plan')).body;
    const plan = structuredClone(current.plan);
    plan.people[0].phone = '+31 6 9999 0000';
    plan.roles[1].deputies = [...plan.roles[1].deputies, plan.people[3].id].filter(
      (id: string, i: number, all: string[]) => all.indexOf(id) === i && id !== plan.roles[1].primary,
    );
    const saved = await admin.request('PUT', '/api/v1/plan', {
      plan,
      description: 'phone and deputy from the forms',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.changed).toBe(true);
    expect(saved.body.yaml).toContain('# Stormbell response plan: starter version (English).');
    const changedLines = saved.body.yaml
      .split('\n')
      .filter((l: string, i: number) => l !== current.yaml.split('\n')[i]);
    expect(changedLines.length).toBeLessThanOrEqual(2);
    expect(saved.body.yaml).toContain('phone: +31 6 9999 0000');
    expect(saved.body.plan.people[0].phone).toBe('+31 6 9999 0000');
  });

  it('restores an older version as a new one, and records the review date', async () => {
    const before = (await admin.get('/api/v1/plan')).body.version;
    const restored = await admin.post('/api/v1/plan/versions/1/restore');
    expect(restored.body).toMatchObject({ version: before + 1, description: 'Restored version 1' });
    const v1 = (await admin.get('/api/v1/plan/versions/1')).body;
    expect(restored.body.yaml).toBe(v1.yaml);
    expect((await admin.get('/api/v1/plan/versions')).body.items[0].restored_from).toBe(1);
    const reviewed = await admin.post('/api/v1/plan/reviewed');
    expect(reviewed.body.review.reviewed_at).toBe(new Date().toISOString().slice(0, 10));
    expect(reviewed.body.version).toBe(before + 2);
    expect((await admin.get('/api/v1/plan/versions/999')).status).toBe(404);
    expect((await admin.get('/api/v1/plan/versions/abc')).status).toBe(400);
  });

  it('validates without saving, exports YAML, and publishes the JSON Schema', async () => {
    const current = (await admin.get('/api/v1/plan')).body;
    const ok = await admin.post('/api/v1/plan/validate', { yaml: current.yaml });
    expect(ok.body).toEqual({ ok: true, errors: [] });
    const bad = await admin.post('/api/v1/plan/validate', { yaml: 'schema_version: 1\n\torganisation: x\n' });
    expect(bad.body.ok).toBe(false);
    expect(bad.body.errors[0]).toMatchObject({ line: 2 });
    const neither = await admin.post('/api/v1/plan/validate', {});
    expect(neither.status).toBe(400);

    const exported = await fetch(`${server.url}/api/v1/plan/export.yaml`, {
      headers: { cookie: `sb_session=${admin.cookies.get('sb_session')}` },
    });
    expect(exported.headers.get('content-type')).toContain('application/yaml');
    expect(exported.headers.get('content-disposition')).toMatch(
      /attachment; filename="waterschap-test-plan-v\d+\.yaml"/,
    );
    expect(await exported.text()).toBe(current.yaml);

    const schema = await (await fetch(`${server.url}/api/v1/plan/schema`)).json();
    expect(schema).toEqual(JSON.parse(readFileSync('docs/plan-schema.json', 'utf8')));
  });

  it('makes the emergency sheet, and its PDF says the phone numbers', async () => {
    const { plan } = (await admin.get('/api/v1/plan')).body;
    const sheet = (await admin.get('/api/v1/plan/emergency-sheet')).body;
    expect(sheet.roles).toHaveLength(plan.roles.length);
    const commander = sheet.roles.find((r: { id: string }) => r.id === 'incident_commander');
    const primary = plan.people.find(
      (p: { id: string }) =>
        p.id === plan.roles.find((r: { id: string }) => r.id === 'incident_commander').primary,
    );
    expect(commander.primary).toEqual({ name: primary.name, phone: primary.phone, email: primary.email });
    expect(
      sheet.scenarios.find((s: { id: string }) => s.id === 'ransomware').first_steps.length,
    ).toBeGreaterThan(0);

    const res = await fetch(`${server.url}/api/v1/plan/emergency-sheet.pdf`, {
      headers: { cookie: `sb_session=${admin.cookies.get('sb_session')}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    for (const p of plan.people) expect(text).toContain(p.phone);
    for (const c of plan.contacts) if (c.phone) expect(text).toContain(c.phone);
    expect(text).toContain('Emergency sheet');
    expect(text).toContain(primary.name);
  });
});
