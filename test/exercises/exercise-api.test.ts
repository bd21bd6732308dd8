// The exercise API's edges on both databases: bad starts with clear errors (an uploaded script's problems with line
// and column), a script whose facilitator declares the incident at the start, the team declaring through the
// exercise, ad-hoc injects, speed, notes only for the facilitator, and feedback only after the end.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { fakeClock } from '../delivery/harness.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { accountWith } from '../incidents/support.js';
import { tickExercises } from '../../src/app/exercises/tick.js';

const ransomware = readFileSync(new URL('../../exercises/ransomware-en.yaml', import.meta.url), 'utf8');
const byFacilitator = ransomware
  .replace(
    /incident:\n {2}declared_by: team\n/,
    'incident:\n  declared_by: facilitator\n  title: Tabletop - encrypted file servers\n  severity: sev1\n',
  )
  // The team cannot be expected to declare what the facilitator declares.
  .replace(/ {2}- id: declared\n[\s\S]*?(?= {2}- id: )/, '');

forEachDatabase('exercises: the API', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let responder: Client;
  const clock = fakeClock('2027-02-01T09:00:00.000Z');
  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    admin = await setUp(server.url);
    responder = await accountWith(admin, server.url, 'rik@example.org', 'responder');
  });
  afterAll(() => server?.close());

  const tick = () => tickExercises({ ...server.running.services, actor: null });

  it('refuses a start without exactly one script, an unknown script and a broken upload, naming what is wrong', async () => {
    const none = await admin.post('/api/v1/exercises', { speed: 10 });
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'script_id' });
    expect(
      (await admin.post('/api/v1/exercises', { script_id: 'ransomware-en', yaml: ransomware })).status,
    ).toBe(400);
    expect((await admin.post('/api/v1/exercises', { script_id: 'no-such-script' })).status).toBe(404);
    expect((await admin.post('/api/v1/exercises', { script_id: '../../etc/passwd' })).status).toBe(404);

    const broken = ransomware.replace("at: '+00:07'", "at: '7 minutes'");
    const lineOf = broken.split('\n').findIndex((l) => l.includes("at: '7 minutes'")) + 1;
    const refused = await admin.post('/api/v1/exercises', { yaml: broken });
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors[0]).toMatchObject({ field: 'script.injects.1.at', line: lineOf });
    expect(refused.body.errors[0].message).toMatch(/ransom_note/);
    expect((await admin.get('/api/v1/exercises')).body.items).toEqual([]);

    const checked = await responder.post('/api/v1/exercise-scripts/validate', { yaml: broken });
    expect(checked.body).toMatchObject({ ok: false, summary: null });
    expect(checked.body.errors[0].line).toBe(lineOf);
    const fine = await responder.post('/api/v1/exercise-scripts/validate', { yaml: ransomware });
    expect(fine.body).toMatchObject({ ok: true, summary: { scenario_id: 'ransomware', injects: 8 } });
  });

  it('starts every built-in script against the starter plan in its language', async () => {
    const ids = (await responder.get('/api/v1/exercise-scripts')).body.items.map((s: { id: string }) => s.id);
    const names = ['ransomware', 'phishing-data-breach', 'portal-outage'];
    expect(ids).toEqual(expect.arrayContaining(names.flatMap((s) => [`${s}-en`, `${s}-nl`])));
    const usePlan = async (language: 'en' | 'nl') => {
      const yaml = readFileSync(new URL(`../../plans/starter-${language}.yaml`, import.meta.url), 'utf8');
      const saved = await admin.request('PUT', '/api/v1/plan', { yaml, description: `starter ${language}` });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    };
    for (const language of ['nl', 'en'] as const) {
      await usePlan(language);
      for (const id of names.map((s) => `${s}-${language}`)) {
        const started = await responder.post('/api/v1/exercises', { script_id: id, speed: 60 });
        expect(started.status, `${id}: ${JSON.stringify(started.body)}`).toBe(201);
        expect(started.body.language).toBe(language);
        expect(started.body.injects.length).toBeGreaterThanOrEqual(6);
        expect((await responder.post(`/api/v1/exercises/${started.body.id}/end`)).status).toBe(200);
      }
    }
    const detail = (await responder.get('/api/v1/exercise-scripts/ransomware-nl')).body;
    expect(detail.yaml).toContain('language: nl');
  });

  it("fires due injects from the server's own tick, without anyone asking", async () => {
    const started = (await admin.post('/api/v1/exercises', { script_id: 'ransomware-en', speed: 60 })).body;
    clock.advance(8_000); // +8: the ransom note (+7) is due
    let fired: string[] = [];
    for (let i = 0; i < 50 && !fired.includes('ransom_note'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      const view = (await admin.get(`/api/v1/exercises/${started.id}`)).body;
      fired = view.injects.filter((x: { fired: boolean }) => x.fired).map((x: { id: string }) => x.id);
    }
    expect(fired).toEqual(['helpdesk_calls', 'ransom_note']);
    expect((await admin.post(`/api/v1/exercises/${started.id}/end`)).status).toBe(200);
  });

  it('declares the exercise incident at the start when the script says the facilitator does', async () => {
    const started = await responder.post('/api/v1/exercises', { yaml: byFacilitator, speed: 30 });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ declared_by: 'facilitator', script_id: null, can_facilitate: true });
    const incident = (await admin.get(`/api/v1/incidents/${started.body.incident.id}`)).body;
    expect(incident).toMatchObject({
      exercise: true,
      title: 'Tabletop - encrypted file servers',
      scenario_id: 'ransomware',
    });
    const timeline = (await admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=50`)).body.items;
    expect(timeline.map((e: { type: string }) => e.type)).toContain('exercise.inject');
    expect(started.body.expectations).toHaveLength(8);
    expect(started.body.expectations.every((e: { outcome: string }) => e.outcome === 'pending')).toBe(true);

    // Speed: the time reached is kept, the new speed applies from now on.
    clock.advance(10_000); // 5 minutes at x30
    const faster = await responder.post(`/api/v1/exercises/${started.body.id}/speed`, { speed: 60 });
    expect(faster.body).toMatchObject({ speed: 60, exercise_ms: 5 * 60_000 });
    clock.advance(2_000);
    expect((await responder.get(`/api/v1/exercises/${started.body.id}`)).body.exercise_ms).toBe(7 * 60_000);

    // An ad-hoc inject fires at once, on the incident's timeline; roles must be the plan's.
    const unknown = await responder.post(`/api/v1/exercises/${started.body.id}/injects`, {
      title: 'The CEO calls',
      body: 'Where are we?',
      to: ['chief_of_everything'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'to' });
    const added = await responder.post(`/api/v1/exercises/${started.body.id}/injects`, {
      title: 'The CEO calls',
      body: 'Where are we?',
      to: ['incident_commander'],
      from: 'CEO',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.injects.find((i: { id: string }) => i.id === 'adhoc-1')).toMatchObject({
      ad_hoc: true,
      fired: true,
      fired_ms: 7 * 60_000,
      from: 'CEO',
    });
    const after = (await admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=50`)).body.items;
    expect(after.some((e: any) => e.type === 'exercise.inject' && e.payload.inject_id === 'adhoc-1')).toBe(
      true,
    );
    expect((await admin.post(`/api/v1/exercises/${started.body.id}/end`)).status).toBe(200);
  });

  it('lets the team declare through the exercise once, and keeps notes and scores from participants', async () => {
    const started = (await admin.post('/api/v1/exercises', { script_id: 'ransomware-en', speed: 60 })).body;
    const path = `/api/v1/exercises/${started.id}`;
    clock.advance(20_000); // +20: declared late (deadline +15)
    const declared = await responder.post(`${path}/declare`, { severity_id: 'sev1' });
    expect(declared.status, JSON.stringify(declared.body)).toBe(200);
    expect(declared.body.incident).not.toBeNull();
    expect(declared.body.can_facilitate).toBe(false);
    expect(declared.body.expectations).toEqual([]);
    expect((await responder.post(`${path}/declare`, {})).status).toBe(409);
    await tick();
    const view = (await admin.get(path)).body;
    expect(view.expectations.find((e: { id: string }) => e.id === 'declared')).toMatchObject({
      outcome: 'late',
      met_ms: 20 * 60_000,
      margin_minutes: 5,
    });
    // The injects that fired before the declaration are on the incident's timeline too.
    const timeline = (await admin.get(`/api/v1/incidents/${view.incident.id}/timeline?limit=100`)).body.items;
    const copied = timeline.filter((e: { type: string }) => e.type === 'exercise.inject').length;
    expect(copied).toBe(view.injects.filter((i: { fired: boolean }) => i.fired).length);

    expect((await responder.post(`${path}/notes`, { text: 'I saw nothing' })).status).toBe(403);
    const note = await admin.post(`${path}/notes`, { text: 'The IC did not read the ransom note aloud.' });
    expect(note.status).toBe(201);
    expect(note.body.exercise_ms).toBe(20 * 60_000);
    expect((await responder.get(path)).body.notes).toEqual([]);
    expect((await responder.request('PUT', `${path}/feedback`, { rating: 3 })).status).toBe(409);
    expect((await admin.post(`${path}/notes`, { text: '' })).status).toBe(400);
    expect((await admin.get('/api/v1/exercises/nope')).status).toBe(404);
  });
});
