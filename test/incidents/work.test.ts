// The incident page's changes, part 1: details, awareness time, roles, the team and need to know, who may act.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { accountWith, declare } from './support.js';
import { fields, newest, put, refusedUnchanged, timeline } from './work-support.js';

forEachDatabase('changing an incident: details, awareness, roles, team', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let responder: Client;
  let outsider: Client;
  let viewer: Client;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    responder = await accountWith(admin, server.url, 'rosa@example.org', 'responder');
    outsider = await accountWith(admin, server.url, 'otto@example.org', 'responder');
    viewer = await accountWith(admin, server.url, 'vic@example.org', 'viewer');
    const gone = await admin.post('/api/v1/accounts', {
      email: 'dee@example.org',
      name: 'Dee Parted',
      language: 'en',
      access_level: 'responder',
    });
    const off = await admin.patch(`/api/v1/accounts/${gone.body.id}`, { active: false });
    if (off.status !== 200) throw new Error(`could not deactivate: ${JSON.stringify(off.body)}`);
    for (const a of (await admin.get('/api/v1/accounts')).body.items) ids[a.email] = a.id;
  });
  afterAll(() => server?.close());

  it('changes title, severity, flags; records before and after; the new severity brings its cadences', async () => {
    const inc = await declare(responder);
    expect(inc.severity_id).toBe('sev1');
    const cadence = (d: any, a: string) => d.audiences.find((x: any) => x.audience_id === a).cadence_minutes;
    expect(cadence(inc, 'response_team')).toBe(30);
    const res = await responder.patch(`/api/v1/incidents/${inc.id}`, {
      title: 'File servers and ERP encrypted',
      severity_id: 'sev2',
      personal_data: 'yes',
      restricted: false, // unchanged: not recorded
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'File servers and ERP encrypted',
      severity_id: 'sev2',
      personal_data: 'yes',
    });
    expect(res.body.severity_name).toBe('SEV2 - Major');
    expect(cadence(res.body, 'response_team')).toBe(60);
    const event = await newest(responder, inc.id, 'incident.updated');
    expect(event.payload.before).toEqual({ title: inc.title, severity_id: 'sev1', personal_data: 'unknown' });
    expect(event.payload.after).toEqual({
      title: 'File servers and ERP encrypted',
      severity_id: 'sev2',
      personal_data: 'yes',
    });
    expect(event.payload.cadences).toContainEqual({ audience_id: 'response_team', before: 30, after: 60 });
    expect(event.actor_name).toBe('responder rosa');

    const events = (await timeline(responder, inc.id)).length;
    expect((await responder.patch(`/api/v1/incidents/${inc.id}`, { title: inc.title })).status).toBe(200);
    expect((await responder.patch(`/api/v1/incidents/${inc.id}`, { severity_id: 'sev2' })).status).toBe(200);
    expect((await timeline(responder, inc.id)).length).toBe(events + 1); // the title changed back; sev2 is no change

    const bad = await refusedUnchanged(responder, inc.id, 400, () =>
      responder.patch(`/api/v1/incidents/${inc.id}`, { title: 'Fine', severity_id: 'sev9' }),
    );
    expect(fields(bad)).toEqual(['severity_id']);
    expect(bad.body.errors[0].message).toBe("'sev9' is not a severity in the response plan.");
    for (const body of [
      { title: '  ' },
      { personal_data: 'maybe' },
      { restricted: 'yes' },
      { colour: 'red' },
    ]) {
      const r = await refusedUnchanged(responder, inc.id, 400, () =>
        responder.patch(`/api/v1/incidents/${inc.id}`, body),
      );
      expect(fields(r)).toEqual([Object.keys(body)[0]]);
    }
  });

  it('moves the awareness time only with a reason, never into the future', async () => {
    const inc = await declare(responder);
    const earlier = new Date(Date.parse(inc.declared_at) - 3 * 3600_000).toISOString();
    const url = `/api/v1/incidents/${inc.id}/awareness`;
    const missing = await refusedUnchanged(responder, inc.id, 400, () =>
      responder.post(url, { awareness_at: earlier }),
    );
    expect(missing.body.errors).toEqual([
      { field: 'reason', message: 'Say why the awareness time changes: the legal clocks start there.' },
    ]);
    await refusedUnchanged(responder, inc.id, 400, () =>
      responder.post(url, { awareness_at: earlier, reason: ' ' }),
    );
    const future = new Date(Date.now() + 3600_000).toISOString();
    const late = await refusedUnchanged(responder, inc.id, 400, () =>
      responder.post(url, { awareness_at: future, reason: 'typo' }),
    );
    expect(fields(late)).toEqual(['awareness_at']);
    expect(fields(await responder.post(url, { awareness_at: 'yesterday', reason: 'x' }))).toEqual([
      'awareness_at',
    ]);

    const res = await responder.post(url, {
      awareness_at: earlier,
      reason: 'The EDR alert came in at 06:00',
    });
    expect(res.status).toBe(200);
    expect(res.body.awareness_at).toBe(earlier);
    expect((await newest(responder, inc.id, 'incident.awareness_changed')).payload).toEqual({
      before: inc.declared_at,
      after: earlier,
      reason: 'The EDR alert came in at 06:00',
    });
  });

  it('assigns and hands over roles to accounts and to people without one; both recorded', async () => {
    const inc = await declare(responder);
    const url = `/api/v1/incidents/${inc.id}/roles/incident_commander`;
    const before = inc.roles.find((r: any) => r.role_id === 'incident_commander');
    const res = await put(responder, url, { account_id: ids['rosa@example.org'] });
    expect(res.status).toBe(200);
    expect(res.body.roles.find((r: any) => r.role_id === 'incident_commander')).toMatchObject({
      account_id: ids['rosa@example.org'],
      name: 'responder rosa',
      email: 'rosa@example.org',
    });
    expect((await newest(responder, inc.id, 'role.handed_over')).payload).toEqual({
      role_id: 'incident_commander',
      from: { account_id: before.account_id, person_id: before.person_id, name: before.name },
      to: { account_id: ids['rosa@example.org'], person_id: null, name: 'responder rosa' },
      open_tasks_moved: expect.any(Number),
    });
    const events = (await timeline(responder, inc.id)).length;
    expect((await put(responder, url, { account_id: ids['rosa@example.org'] })).status).toBe(200);
    expect((await timeline(responder, inc.id)).length).toBe(events); // same holder: nothing happened

    const person = await put(responder, url, { name: 'Kim Extern', phone: '+31 6 1234 5678' });
    expect(person.body.roles.find((r: any) => r.role_id === 'incident_commander')).toMatchObject({
      account_id: null,
      name: 'Kim Extern',
      email: null,
      phone: '+31 6 1234 5678',
    });
    expect((await newest(responder, inc.id, 'role.handed_over')).payload.to).toEqual({
      account_id: null,
      person_id: null,
      name: 'Kim Extern',
    });

    // A role nobody holds yet is assigned rather than handed over.
    await server.running.store.db
      .deleteFrom('incident_roles')
      .where('incident_id', '=', inc.id)
      .where('role_id', '=', 'scribe')
      .execute();
    await put(responder, `/api/v1/incidents/${inc.id}/roles/scribe`, { account_id: ids['otto@example.org'] });
    expect((await newest(responder, inc.id, 'role.assigned')).payload).toEqual({
      role_id: 'scribe',
      to: { account_id: ids['otto@example.org'], person_id: null, name: 'responder otto' },
    });

    const unknownRole = await refusedUnchanged(responder, inc.id, 400, () =>
      put(responder, `/api/v1/incidents/${inc.id}/roles/astronaut`, { account_id: ids['rosa@example.org'] }),
    );
    expect(fields(unknownRole)).toEqual(['role_id']);
    for (const [body, field] of [
      [{ account_id: 'nobody' }, 'account_id'],
      [{ name: 'No Contact' }, 'email'],
      [{}, 'name'],
      [{ account_id: ids['rosa@example.org'], name: 'Both' }, 'name'],
      [{ name: 'Kim', email: 'not-an-email' }, 'email'],
      [{ name: 'Kim', phone: 'call me' }, 'phone'],
    ] as const) {
      const r = await refusedUnchanged(responder, inc.id, 400, () => put(responder, url, body));
      expect(fields(r), JSON.stringify(body)).toContain(field);
    }
    // A deactivated account cannot take a role.
    const inactive = await refusedUnchanged(responder, inc.id, 400, () =>
      put(responder, url, { account_id: ids['dee@example.org'] }),
    );
    expect(inactive.body.errors[0]).toEqual({
      field: 'account_id',
      message: 'There is no active account with this id.',
    });
  });

  it('keeps a restricted incident to its team: an outsider sees it once added, and not after removal', async () => {
    const inc = await declare(admin, { restricted: true, title: 'Director mailbox taken over' });
    const otto = ids['otto@example.org']!;
    expect((await outsider.get(`/api/v1/incidents/${inc.id}`)).status).toBe(404);
    expect((await outsider.post(`/api/v1/incidents/${inc.id}/notes`, { text: 'hi' })).status).toBe(404);
    expect((await outsider.post(`/api/v1/incidents/${inc.id}/members`, { account_id: otto })).status).toBe(
      404,
    );

    const added = await admin.post(`/api/v1/incidents/${inc.id}/members`, { account_id: otto });
    expect(added.status).toBe(200);
    expect(added.body.members).toEqual([
      { account_id: otto, name: 'responder otto', email: 'otto@example.org' },
    ]);
    expect((await newest(admin, inc.id, 'member.added')).payload).toEqual({
      account_id: otto,
      name: 'responder otto',
    });
    const seen = await outsider.get(`/api/v1/incidents/${inc.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.can_act).toBe(true);
    expect((await outsider.post(`/api/v1/incidents/${inc.id}/notes`, { text: 'On it' })).status).toBe(201);
    const events = (await timeline(admin, inc.id)).length;
    expect((await admin.post(`/api/v1/incidents/${inc.id}/members`, { account_id: otto })).status).toBe(200);
    expect((await timeline(admin, inc.id)).length).toBe(events); // already a member: nothing recorded

    const removed = await admin.delete(`/api/v1/incidents/${inc.id}/members/${otto}`);
    expect(removed.status).toBe(200);
    expect(removed.body.members).toEqual([]);
    expect((await newest(admin, inc.id, 'member.removed')).payload).toEqual({
      account_id: otto,
      name: 'responder otto',
    });
    expect((await outsider.get(`/api/v1/incidents/${inc.id}`)).status).toBe(404);
    await refusedUnchanged(admin, inc.id, 404, () =>
      admin.delete(`/api/v1/incidents/${inc.id}/members/${otto}`),
    );
    const nobody = await refusedUnchanged(admin, inc.id, 400, () =>
      admin.post(`/api/v1/incidents/${inc.id}/members`, { account_id: 'nobody' }),
    );
    expect(fields(nobody)).toEqual(['account_id']);

    // Holding a role puts you on the team as well.
    await put(admin, `/api/v1/incidents/${inc.id}/roles/scribe`, { account_id: otto });
    expect((await outsider.get(`/api/v1/incidents/${inc.id}`)).status).toBe(200);
  });

  it('keeps whoever restricts an incident on its team, so they do not lock themselves out', async () => {
    const inc = await declare(admin);
    const res = await outsider.patch(`/api/v1/incidents/${inc.id}`, { restricted: true });
    expect(res.status).toBe(200);
    expect(res.body.restricted).toBe(true);
    expect(res.body.members.map((m: any) => m.account_id)).toEqual([ids['otto@example.org']]);
    const [member, updated] = await timeline(admin, inc.id);
    expect(member).toMatchObject({
      type: 'member.added',
      payload: { account_id: ids['otto@example.org'], automatic: true },
    });
    expect(updated).toMatchObject({
      type: 'incident.updated',
      payload: { before: { restricted: false }, after: { restricted: true } },
    });
    expect((await outsider.get(`/api/v1/incidents/${inc.id}`)).status).toBe(200);
    expect((await responder.get(`/api/v1/incidents/${inc.id}`)).status).toBe(404);
  });

  it('lets viewers read but not change (403), and refuses every change once closed (409)', async () => {
    const inc = await declare(responder);
    const base = `/api/v1/incidents/${inc.id}`;
    const task = inc.tasks[0].id;
    const changes: Array<[string, string, unknown]> = [
      ['PATCH', base, { title: 'x' }],
      ['POST', `${base}/awareness`, { awareness_at: inc.declared_at, reason: 'x' }],
      ['PUT', `${base}/roles/scribe`, { name: 'X', email: 'x@example.org' }],
      ['POST', `${base}/members`, { account_id: ids['vic@example.org'] }],
      ['DELETE', `${base}/members/${ids['vic@example.org']}`, undefined],
      ['POST', `${base}/tasks`, { phase: 'recovery', title: 'x' }],
      ['PATCH', `${base}/tasks/${task}`, { status: 'doing' }],
      ['POST', `${base}/decisions`, { title: 'x', rationale: 'y' }],
      [
        'PUT',
        `${base}/fact-sheet`,
        { what_happened: 'a', affected: 'b', actions: 'c', advice: 'd', expected_recovery: 'e' },
      ],
      ['PUT', `${base}/services/erp`, { state: 'down' }],
      ['PUT', `${base}/eta`, { eta_at: null, confidence: 'low' }],
      ['POST', `${base}/notes`, { text: 'x' }],
      ['POST', `${base}/timeline/${(await timeline(responder, inc.id))[0]!.id}/pin`, { pinned: true }],
    ];
    for (const [method, url, body] of changes)
      await refusedUnchanged(responder, inc.id, 403, () => viewer.request(method, url, body));
    expect((await viewer.get(`${base}/fact-sheet/versions`)).body).toEqual({ items: [] });

    // Close it the proper way: every open task skipped with a reason, then straight to closed with a reason.
    for (const t of inc.tasks)
      expect(
        (await responder.patch(`${base}/tasks/${t.id}`, { status: 'skipped', reason: 'Exercise only' }))
          .status,
      ).toBe(200);
    // A false alarm needs no review: it is skipped with the reason (the review's close guard).
    expect((await responder.post(`${base}/review/skip`, { reason: 'False alarm' })).status).toBe(200);
    const closed = await responder.post(`${base}/phase`, { phase: 'closed', reason: 'False alarm' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    for (const [method, url, body] of changes) {
      const res = await refusedUnchanged(responder, inc.id, 409, () => responder.request(method, url, body));
      expect(res.body.detail, `${method} ${url}`).toBe('The incident is closed; it cannot change any more.');
    }
  });
});
