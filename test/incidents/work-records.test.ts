// The incident page's changes, part 2: tasks, decisions, fact sheet versions, services and the ETA.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { accountWith, declare } from './support.js';
import { fields, newest, put, refusedUnchanged, timeline } from './work-support.js';

const facts = {
  what_happened: 'Criminals encrypted the file servers.',
  affected: 'Shared drives; the ERP is slow.',
  actions: 'Servers are offline; the forensic firm is on site.',
  advice: 'Do not switch on your laptop until IT says so.',
  expected_recovery: 'Tomorrow at the earliest.',
};

forEachDatabase('changing an incident: tasks, decisions, facts, services, ETA', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let responder: Client;
  let rosa: string;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    responder = await accountWith(admin, server.url, 'rosa@example.org', 'responder');
    rosa = (await admin.get('/api/v1/accounts')).body.items.find(
      (a: any) => a.email === 'rosa@example.org',
    ).id;
  });
  afterAll(() => server?.close());

  it('adds a task by hand, owned by a role (and so its holder) or a person, with a due time', async () => {
    const inc = await declare(responder);
    await put(responder, `/api/v1/incidents/${inc.id}/roles/legal`, { account_id: rosa });
    const due = new Date(Date.now() + 3600_000).toISOString();
    const res = await responder.post(`/api/v1/incidents/${inc.id}/tasks`, {
      phase: 'recovery',
      title: 'Restore ERP from the offline backup',
      owner_role: 'legal',
      due_at: due,
      caution: 'Check the backup for the attacker first',
    });
    expect(res.status).toBe(201);
    const task = res.body.tasks.at(-1);
    expect(task).toMatchObject({
      phase: 'recovery',
      position: inc.tasks.length + 1,
      title: 'Restore ERP from the offline backup',
      owner_role: 'legal',
      owner_account_id: rosa,
      owner_name: 'responder rosa',
      status: 'todo',
      due_at: due,
      overdue: false,
      source: 'manual',
      caution: 'Check the backup for the attacker first',
    });
    expect(res.body.open_tasks).toBe(inc.open_tasks + 1);
    const event = await newest(responder, inc.id, 'task.added');
    expect(event.subject).toBe(task.id);
    expect(event.payload).toMatchObject({ task_id: task.id, phase: 'recovery', owner_account_id: rosa });

    const base = `/api/v1/incidents/${inc.id}/tasks`;
    for (const [body, field] of [
      [{ phase: 'closed', title: 'x' }, 'phase'],
      [{ phase: 'recovery' }, 'title'],
      [{ phase: 'recovery', title: 'x', owner_role: 'astronaut' }, 'owner_role'],
      [{ phase: 'recovery', title: 'x', owner_account_id: 'nobody' }, 'owner_account_id'],
      [{ phase: 'recovery', title: 'x', due_at: 'tomorrow' }, 'due_at'],
      [{ phase: 'recovery', title: 'x'.repeat(301) }, 'title'],
    ] as const) {
      const r = await refusedUnchanged(responder, inc.id, 400, () => responder.post(base, body));
      expect(fields(r), JSON.stringify(body)).toEqual([field]);
    }
  });

  it('changes task status by the rules (skipping needs a reason) and records details before and after', async () => {
    const inc = await declare(responder);
    const task = inc.tasks[0];
    const url = `/api/v1/incidents/${inc.id}/tasks/${task.id}`;
    const noReason = await refusedUnchanged(responder, inc.id, 400, () =>
      responder.patch(url, { status: 'skipped' }),
    );
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'Say why the task is skipped.' }]);
    await refusedUnchanged(responder, inc.id, 400, () =>
      responder.patch(url, { status: 'skipped', reason: '  ' }),
    );
    await refusedUnchanged(responder, inc.id, 400, () => responder.patch(url, { status: 'finished' }));
    await refusedUnchanged(responder, inc.id, 409, () => responder.patch(url, { status: 'todo' }));
    // Status and details are one change: a refused status leaves the new title unsaved too.
    await refusedUnchanged(responder, inc.id, 400, () =>
      responder.patch(url, { title: 'Renamed', status: 'skipped' }),
    );
    await refusedUnchanged(responder, inc.id, 404, () =>
      responder.patch(`/api/v1/incidents/${inc.id}/tasks/no-such-task`, { status: 'done' }),
    );

    const skipped = await responder.patch(url, { status: 'skipped', reason: 'No backups exist to check' });
    expect(skipped.status).toBe(200);
    expect(skipped.body.tasks[0]).toMatchObject({
      status: 'skipped',
      skip_reason: 'No backups exist to check',
    });
    expect((await newest(responder, inc.id, 'task.status_changed')).payload).toEqual({
      task_id: task.id,
      title: task.title,
      from: 'todo',
      to: 'skipped',
      reason: 'No backups exist to check',
    });
    const reopened = await responder.patch(url, { status: 'doing' });
    expect(reopened.body.tasks[0]).toMatchObject({ status: 'doing', skip_reason: null });

    // The web form sends every field; only what really changed is recorded.
    const due = new Date(Date.now() - 60_000).toISOString();
    const res = await responder.patch(url, {
      title: task.title,
      owner_role: task.owner_role,
      owner_account_id: rosa,
      due_at: due,
    });
    expect(res.body.tasks[0]).toMatchObject({
      owner_account_id: rosa,
      owner_name: 'responder rosa',
      overdue: true,
    });
    expect(res.body.overdue_tasks).toBeGreaterThanOrEqual(1);
    expect((await newest(responder, inc.id, 'task.updated')).payload).toEqual({
      task_id: task.id,
      before: { owner_account_id: task.owner_account_id, due_at: task.due_at },
      after: { owner_account_id: rosa, due_at: due },
    });
    const done = await responder.patch(url, {
      status: 'done',
      owner_role: null,
      owner_account_id: null,
      due_at: null,
    });
    expect(done.body.tasks[0]).toMatchObject({
      status: 'done',
      owner_role: null,
      owner_account_id: null,
      due_at: null,
    });
    const [updated, status] = await timeline(responder, inc.id);
    expect(updated!.type).toBe('task.updated');
    expect(status!.payload).toMatchObject({ from: 'doing', to: 'done', reason: null });
    for (const [body, field] of [
      [{ owner_role: 'astronaut' }, 'owner_role'],
      [{ owner_account_id: 'nobody' }, 'owner_account_id'],
      [{ title: '' }, 'title'],
      [{ due_at: 'soon' }, 'due_at'],
    ] as const) {
      const r = await refusedUnchanged(responder, inc.id, 400, () => responder.patch(url, body));
      expect(fields(r)).toEqual([field]);
    }
  });

  it('records decisions with who, why, the alternatives and the business impact', async () => {
    const inc = await declare(responder);
    const url = `/api/v1/incidents/${inc.id}/decisions`;
    const res = await responder.post(url, {
      title: 'Take the file servers offline',
      rationale: 'Stop the encryption spreading',
      alternatives: 'Keep them up and isolate per share',
      business_impact: 'No shared drives for a day',
    });
    expect(res.status).toBe(201);
    expect(res.body.decisions[0]).toMatchObject({
      title: 'Take the file servers offline',
      decided_by_name: 'responder rosa',
      alternatives: 'Keep them up and isolate per share',
    });
    const event = await newest(responder, inc.id, 'decision.recorded');
    expect(event.payload).toMatchObject({
      decision_id: res.body.decisions[0].id,
      rationale: 'Stop the encryption spreading',
    });
    const bare = await responder.post(url, { title: 'Do not pay', rationale: 'Policy', alternatives: ' ' });
    expect(bare.body.decisions.find((d: any) => d.title === 'Do not pay').alternatives).toBeNull();
    const r = await refusedUnchanged(responder, inc.id, 400, () =>
      responder.post(url, { title: 'No reason given' }),
    );
    expect(fields(r)).toEqual(['rationale']);
  });

  it('keeps every version of the fact sheet; each save is a new version', async () => {
    const inc = await declare(responder);
    const url = `/api/v1/incidents/${inc.id}/fact-sheet`;
    const first = await put(responder, url, facts);
    expect(first.status).toBe(200);
    expect(first.body.fact_sheet).toMatchObject({
      version: 1,
      ...facts,
      next_update_at: null,
      author_name: 'responder rosa',
    });
    expect((await newest(responder, inc.id, 'facts.updated')).payload).toMatchObject({ version: 1 });
    const next = new Date(Date.now() + 7200_000).toISOString();
    const second = await put(responder, url, {
      ...facts,
      affected: 'Shared drives and the ERP.',
      next_update_at: next,
    });
    expect(second.body.fact_sheet).toMatchObject({
      version: 2,
      affected: 'Shared drives and the ERP.',
      next_update_at: next,
    });
    expect((await newest(responder, inc.id, 'facts.updated')).payload).toEqual({
      version: 2,
      changed: ['affected', 'next_update_at'],
    });
    const versions = await responder.get(`${url}/versions`);
    expect(versions.body.items.map((v: any) => [v.version, v.affected])).toEqual([
      [2, 'Shared drives and the ERP.'],
      [1, facts.affected],
    ]);
    const r = await refusedUnchanged(responder, inc.id, 400, () =>
      put(responder, url, { ...facts, advice: '' }),
    );
    expect(fields(r)).toEqual(['advice']);
    expect((await responder.get(`${url}/versions`)).body.items).toHaveLength(2);
    expect((await responder.get('/api/v1/incidents/nope/fact-sheet/versions')).status).toBe(404);
  });

  it("sets services' states and the ETA with its history", async () => {
    const inc = await declare(responder);
    const erp = (d: any) => d.services.find((s: any) => s.service_id === 'erp');
    expect(erp(inc).state).toBe('operational');
    const down = await put(responder, `/api/v1/incidents/${inc.id}/services/erp`, { state: 'down' });
    expect(erp(down.body).state).toBe('down');
    expect((await newest(responder, inc.id, 'service.state_changed')).payload).toEqual({
      service_id: 'erp',
      before: 'operational',
      after: 'down',
    });
    await put(responder, `/api/v1/incidents/${inc.id}/services/erp`, { state: 'recovering' });
    expect((await newest(responder, inc.id, 'service.state_changed')).payload.before).toBe('down');
    const unknown = await refusedUnchanged(responder, inc.id, 400, () =>
      put(responder, `/api/v1/incidents/${inc.id}/services/mainframe`, { state: 'down' }),
    );
    expect(fields(unknown)).toEqual(['service_id']);
    const badState = await refusedUnchanged(responder, inc.id, 400, () =>
      put(responder, `/api/v1/incidents/${inc.id}/services/erp`, { state: 'on fire' }),
    );
    expect(fields(badState)).toEqual(['state']);

    const url = `/api/v1/incidents/${inc.id}/eta`;
    const eta = new Date(Date.now() + 86_400_000).toISOString();
    const set = await put(responder, url, { eta_at: eta, confidence: 'low' });
    expect(set.body).toMatchObject({ eta_at: eta, eta_confidence: 'low' });
    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const moved = await put(responder, url, { eta_at: later, confidence: 'medium' });
    expect((await newest(responder, inc.id, 'eta.changed')).payload).toEqual({
      eta_at: later,
      confidence: 'medium',
      before: { eta_at: eta, confidence: 'low' },
    });
    const unknownEta = await put(responder, url, { eta_at: null, confidence: 'high' });
    expect(unknownEta.body).toMatchObject({ eta_at: null, eta_confidence: null });
    expect(unknownEta.body.eta_history.map((h: any) => [h.eta_at, h.confidence, h.by_name])).toEqual([
      [eta, 'low', 'responder rosa'],
      [later, 'medium', 'responder rosa'],
      [null, null, 'responder rosa'],
    ]);
    expect(moved.body.eta_history).toHaveLength(2);
    for (const body of [
      { eta_at: eta },
      { eta_at: 'soon', confidence: 'low' },
      { eta_at: eta, confidence: 'sure' },
    ])
      await refusedUnchanged(responder, inc.id, 400, () => put(responder, url, body));
  });
});
