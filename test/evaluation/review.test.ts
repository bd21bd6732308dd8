// The post-incident review over HTTP on both databases: metrics from the timeline (with a relapse from recovery to
// containment), contributions from recovery on, texts, done/skip/reopen, the close guard, action items with owner,
// due date and plan link, the backlog with its filters and need to know, and overdue reminders once each.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { fakeClock } from '../delivery/harness.js';
import { Client } from '../support/client.js';
import { accountWith } from '../incidents/support.js';
import { commsWorld, declare, draft, EMAILS, stepOf, type CommsWorld } from '../messages/support.js';
import { sendActionItemReminders } from '../../src/app/evaluation/send-action-item-reminders.js';
import { intakeToken, postAlerts } from '../intake/support.js';

const MIN = 60_000;

forEachDatabase('evaluation: review and action items', (dialect) => {
  let w: CommsWorld;
  const clock = fakeClock('2027-03-01T08:00:00.000Z');
  beforeAll(async () => {
    w = await commsWorld(dialect, { clock });
  });
  afterAll(() => w?.server.close());

  const phase = (id: string, to: string, reason?: string) =>
    w.admin.post(`/api/v1/incidents/${id}/phase`, { phase: to, ...(reason ? { reason } : {}) });
  const review = (id: string, c: Client = w.admin) => c.get(`/api/v1/incidents/${id}/review`);
  const timelineTypes = async (id: string) =>
    (await w.admin.get(`/api/v1/incidents/${id}/timeline?limit=200`)).body.items.map((e: any) => e.type);
  const skipTasks = async (incident: { id: string; tasks: Array<{ id: string }> }) => {
    for (const t of incident.tasks)
      await w.admin.patch(`/api/v1/incidents/${incident.id}/tasks/${t.id}`, {
        status: 'skipped',
        reason: 'Not needed in this test',
      });
  };
  /** A fresh login: days pass on the fake clock, longer than a session lasts. */
  const fresh = async (email: string, password = 'long enough password') => {
    const c = new Client(w.server.url);
    const res = await c.post('/api/v1/auth/login', { email, password });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return c;
  };

  it('computes the metrics from the timeline, also when the incident went back from recovery to containment', async () => {
    const awareness = new Date(Date.parse(clock.iso()) - 20 * MIN).toISOString();
    const incident = await declare(w.admin, {
      title: 'Payroll servers encrypted',
      severity_id: 'sev1',
      awareness_at: awareness,
    });
    clock.advance(10 * MIN);
    const m = await draft(w.comms, incident.id, 'employees');
    const approved = (await stepOf(w.comms, incident.id, m, 'submit')).body;
    expect((await stepOf(w.comms, incident.id, approved, 'publish')).status).toBe(200);
    clock.advance(40 * MIN);
    expect((await phase(incident.id, 'containment')).status).toBe(200);
    clock.advance(60 * MIN);
    expect((await phase(incident.id, 'recovery')).status).toBe(200);
    clock.advance(30 * MIN);
    expect((await phase(incident.id, 'containment', 'The backups were infected too')).status).toBe(200);
    clock.advance(30 * MIN);
    expect((await phase(incident.id, 'recovery')).status).toBe(200);
    clock.advance(120 * MIN);
    expect((await phase(incident.id, 'evaluation')).status).toBe(200);

    const res = await w.viewer.get(`/api/v1/incidents/${incident.id}/metrics`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const metrics = res.body;
    expect(metrics).toMatchObject({
      first_signal_source: 'awareness',
      first_signal_at: awareness,
      time_to_detect_seconds: 20 * 60,
      // Contained at the first move to recovery; the relapse counts towards recovering.
      time_to_contain_seconds: 110 * 60,
      time_to_recover_seconds: 180 * 60,
      total_duration_seconds: (20 + 110 + 180) * 60,
      back_transitions: 1,
      time_to_first_internal_update_seconds: 10 * 60,
      time_to_first_external_update_seconds: null,
      closed_at: null,
    });
    expect(metrics.seconds_in_phase).toMatchObject({
      detection: 50 * 60,
      containment: 90 * 60,
      recovery: 150 * 60,
    });
    expect(metrics.cadence.find((c: any) => c.audience_id === 'employees')).toMatchObject({
      internal: true,
      updates: 1,
      on_cadence: 1,
      share: 1,
    });
    expect(metrics.cadence.find((c: any) => c.audience_id === 'customers')).toMatchObject({
      internal: false,
      updates: 0,
      share: null,
    });
    // The same metrics are in front on the review.
    const r = (await review(incident.id, w.viewer)).body;
    expect(r.metrics.time_to_recover_seconds).toBe(180 * 60);
    expect(r).toMatchObject({ state: 'open', editable: false, can_act: false });
  });

  it('takes the first signal from the alert the incident was declared from', async () => {
    const token = await intakeToken(w.admin, 'generic');
    const sent = await postAlerts(w.server, 'generic', token, {
      title: 'Disk full on the payroll server',
      fingerprint: 'payroll-disk',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    const alertAt = clock.iso();
    clock.advance(25 * MIN);
    const incident = await declare(w.admin, {
      title: 'Payroll down',
      severity_id: 'sev1',
      report_ids: [sent.body.reports[0].id],
    });
    const metrics = (await w.admin.get(`/api/v1/incidents/${incident.id}/metrics`)).body;
    expect(metrics).toMatchObject({
      first_signal_source: 'alert',
      first_signal_at: alertAt,
      time_to_detect_seconds: 25 * 60,
      time_to_contain_seconds: null,
    });
  });

  it('holds the review: contributions from recovery on, texts, pinned moments, done; closing waits for it', async () => {
    const incident = await declare(w.admin, { title: 'Mail server down', severity_id: 'sev1' });
    const base = `/api/v1/incidents/${incident.id}/review`;
    const early = await w.comms.post(`${base}/contributions`, { went_well: 'Quick call' });
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/once the incident is contained/);
    await phase(incident.id, 'containment');
    await phase(incident.id, 'recovery');

    const mine = await w.comms.post(`${base}/contributions`, {
      went_well: 'The crisis team met within 15 minutes.',
      went_wrong: 'Nobody knew where the backup keys were.',
    });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    expect(mine.body).toMatchObject({ author_name: 'maria', can_edit: true });
    const wims = await w.wim.post(`${base}/contributions`, { went_wrong: 'Status page updated late.' });
    expect(wims.status).toBe(201);
    const empty = await w.wim.post(`${base}/contributions`, { went_well: '  ', went_wrong: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: any) => e.field)).toContain('went_well');
    expect((await w.viewer.post(`${base}/contributions`, { went_well: 'x' })).status).toBe(403);
    // Only the author (or an admin) changes a contribution.
    const notMine = await w.wim.patch(`${base}/contributions/${mine.body.id}`, { went_well: 'Changed' });
    expect(notMine.status).toBe(403);
    const edited = await w.comms.patch(`${base}/contributions/${mine.body.id}`, {
      went_well: 'The crisis team met within 10 minutes.',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      went_well: 'The crisis team met within 10 minutes.',
      went_wrong: 'Nobody knew where the backup keys were.',
    });
    expect((await w.admin.delete(`${base}/contributions/${wims.body.id}`)).status).toBe(204);
    expect((await w.admin.delete(`${base}/contributions/${wims.body.id}`)).status).toBe(404);

    const texts = await w.comms.request('PUT', `${base}/texts`, {
      communication_assessment: 'Employees were told early; customers heard it from the press first.',
      lessons: 'Keep the backup keys in the emergency sheet.',
    });
    expect(texts.status, JSON.stringify(texts.body)).toBe(200);
    expect(texts.body).toMatchObject({
      lessons: 'Keep the backup keys in the emergency sheet.',
      texts_updated_by_name: 'maria',
    });

    // A pinned moment of the timeline is part of the review's backbone.
    const events = (await w.admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)).body.items;
    const declared = events.find((e: any) => e.type === 'incident.declared');
    await w.admin.post(`/api/v1/incidents/${incident.id}/timeline/${declared.id}/pin`, { pinned: true });
    await w.admin.post(`/api/v1/incidents/${incident.id}/notes`, {
      text: 'Backups turned out to be encrypted too.',
      pinned: true,
    });

    const done = await w.comms.post(`${base}/done`, {});
    expect(done.status).toBe(409);
    expect(done.body.detail).toMatch(/evaluation phase/);
    await phase(incident.id, 'evaluation');
    await skipTasks(incident);
    const blocked = await phase(incident.id, 'closed');
    expect(blocked.status).toBe(409);
    expect(blocked.body.errors.map((e: any) => e.message)).toContain(
      'The review has not been held yet. Mark it done, or skip it with a reason (a false alarm, say).',
    );

    const r = (await review(incident.id, w.comms)).body;
    expect(r).toMatchObject({
      state: 'open',
      editable: true,
      can_complete: true,
      can_skip: true,
      can_reopen: false,
    });
    expect(r.pinned.map((e: any) => e.type)).toEqual(['incident.declared', 'note.added']);
    expect(r.contributions.map((c: any) => c.went_wrong)).toEqual([
      'Nobody knew where the backup keys were.',
    ]);

    const marked = await w.comms.post(`${base}/done`, {});
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body).toMatchObject({
      state: 'done',
      completed_by_name: 'maria',
      editable: false,
      can_reopen: true,
    });
    expect((await w.comms.post(`${base}/contributions`, { went_well: 'late' })).status).toBe(409);
    expect((await w.comms.post(`${base}/skip`, { reason: 'x' })).status).toBe(409);
    // Reopened (something was missed), then done again.
    const reopened = await w.comms.post(`${base}/reopen`, { reason: 'The supplier wants to add something' });
    expect(reopened.body).toMatchObject({ state: 'open', completed_at: null });
    expect((await w.comms.post(`${base}/done`, {})).status).toBe(200);

    const closed = await phase(incident.id, 'closed');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    // A closed incident's review is frozen.
    expect((await w.comms.post(`${base}/reopen`, {})).status).toBe(409);
    expect((await review(incident.id)).body).toMatchObject({
      state: 'done',
      can_reopen: false,
      editable: false,
    });
    const types = await timelineTypes(incident.id);
    for (const t of [
      'review.contribution_added',
      'review.contribution_edited',
      'review.contribution_removed',
      'review.texts_changed',
      'review.done',
      'review.reopened',
    ])
      expect(types, t).toContain(t);
  });

  it('a false alarm skips the review with a reason, from any phase, and can then close', async () => {
    const incident = await declare(w.admin, { title: 'Alarm that was a test', severity_id: 'sev1' });
    await skipTasks(incident);
    const base = `/api/v1/incidents/${incident.id}/review`;
    const noReason = await w.admin.post(`${base}/skip`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    expect((await phase(incident.id, 'closed', 'False alarm')).status).toBe(409);
    const skipped = await w.admin.post(`${base}/skip`, { reason: 'False alarm: a planned test.' });
    expect(skipped.body).toMatchObject({ state: 'skipped', skip_reason: 'False alarm: a planned test.' });
    expect((await phase(incident.id, 'closed', 'False alarm')).status).toBe(200);
  });

  it('keeps action items with owner, due date, status and plan link; closing a plan change names the version', async () => {
    const incident = await declare(w.admin, { title: 'Website defaced', severity_id: 'sev1' });
    await phase(incident.id, 'containment');
    await phase(incident.id, 'recovery');
    const path = `/api/v1/incidents/${incident.id}/action-items`;
    const bad: Array<[unknown, string]> = [
      [{ title: 'x' }, 'owner_name'],
      [{ title: 'x', owner_name: 'Ops', owner_account_id: w.ids.wim }, 'owner_account_id'],
      [{ title: 'x', owner_account_id: 'nobody' }, 'owner_account_id'],
      [{ title: 'x', owner_name: 'Ops', due_on: '31-03-2027' }, 'due_on'],
      [{ title: '', owner_name: 'Ops' }, 'title'],
      [{ title: 'x', owner_name: 'Ops', status: 'done' }, 'status'],
    ];
    for (const [body, field] of bad) {
      const res = await w.comms.post(path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(
        res.body.errors.map((e: any) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const keys = await w.comms.post(path, {
      title: 'Put the backup keys in the emergency sheet',
      owner_account_id: w.ids.wim,
      due_on: '2027-03-10',
      plan_part: 'scenarios.ransomware.tasks',
    });
    expect(keys.status, JSON.stringify(keys.body)).toBe(201);
    expect(keys.body).toMatchObject({
      owner_account_id: w.ids.wim,
      owner_name: 'wim',
      status: 'open',
      incident_reference: incident.reference,
      overdue: false,
    });
    const supplier = await w.comms.post(path, {
      title: 'Agree on a 4-hour response with the hosting supplier',
      owner_name: 'Facilities',
      due_on: '2027-04-30',
    });
    expect(supplier.status).toBe(201);
    const item = (id: string) => `/api/v1/action-items/${id}`;

    expect((await w.viewer.patch(item(keys.body.id), { status: 'doing' })).status).toBe(403);
    const doing = await w.wim.patch(item(keys.body.id), { status: 'doing', due_on: '2027-03-12' });
    expect(doing.body).toMatchObject({ status: 'doing', due_on: '2027-03-12' });
    // Closing a plan change needs the plan version that made it, newer than the one the incident ran on.
    const close = (body: unknown) => w.wim.post(`${item(keys.body.id)}/close`, body);
    const missing = await close({ status: 'done' });
    expect(missing.body.errors[0]).toMatchObject({ field: 'closed_by_plan_version' });
    expect((await close({ status: 'done', closed_by_plan_version: 999 })).body.errors[0].message).toBe(
      'There is no plan version 999.',
    );
    const old = await close({ status: 'done', closed_by_plan_version: incident.plan_version });
    expect(old.status).toBe(400);
    expect(old.body.errors[0].message).toMatch(/later version/);
    const { plan } = (await w.admin.get('/api/v1/plan')).body;
    const person = plan.people.find((p: any) => p.email === EMAILS.comms);
    person.name = `${person.name} (keys)`;
    const saved = await w.admin.request('PUT', '/api/v1/plan', { plan, description: 'Backup keys' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const version: number = (await w.admin.get('/api/v1/plan')).body.version;
    expect(version).toBeGreaterThan(incident.plan_version);
    const closed = await close({ status: 'done', closed_by_plan_version: version, note: 'Task added' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'done',
      closed_by_plan_version: version,
      closed_by_name: 'wim',
    });
    expect((await w.wim.patch(item(keys.body.id), { title: 'x' })).status).toBe(409);
    expect((await close({ status: 'done' })).status).toBe(409);

    const drop = (body: unknown) => w.comms.post(`${item(supplier.body.id)}/close`, body);
    expect((await drop({ status: 'dropped' })).body.errors[0].field).toBe('note');
    expect((await drop({ status: 'dropped', note: 'Moving to another supplier' })).body.status).toBe(
      'dropped',
    );
    const reopened = await w.comms.post(`${item(supplier.body.id)}/reopen`, {});
    expect(reopened.body).toMatchObject({ status: 'open', close_note: '', closed_at: null });

    const types = await timelineTypes(incident.id);
    for (const t of [
      'action_item.added',
      'action_item.updated',
      'action_item.closed',
      'action_item.reopened',
    ])
      expect(types, t).toContain(t);
    const r = (await review(incident.id)).body;
    expect(r.action_items.map((i: any) => i.title).sort()).toEqual([
      'Agree on a 4-hour response with the hosting supplier',
      'Put the backup keys in the emergency sheet',
    ]);
  });

  it('lists the backlog across incidents with filters, hides restricted incidents, and reminds once when overdue', async () => {
    const outsider = await accountWith(w.admin, w.server.url, 'otto@example.org', 'responder', {
      name: 'otto',
    });
    const open = await declare(w.admin, { title: 'Backlog incident', severity_id: 'sev1' });
    const secret = await declare(w.admin, {
      title: 'Director mailbox',
      severity_id: 'sev1',
      restricted: true,
    });
    for (const inc of [open, secret]) {
      await phase(inc.id, 'containment');
      await phase(inc.id, 'recovery');
    }
    const add = (inc: { id: string }, body: object) =>
      w.admin.post(`/api/v1/incidents/${inc.id}/action-items`, body);
    const today = clock.iso().slice(0, 10);
    const a = (await add(open, { title: 'Train the help desk', owner_account_id: w.ids.wim, due_on: today }))
      .body;
    const b = (
      await add(open, { title: 'Buy a second line', owner_name: 'Facilities', due_on: '2099-01-01' })
    ).body;
    const c = (await add(secret, { title: 'Secret lesson', owner_account_id: w.ids.wim, due_on: today }))
      .body;
    expect([a.id, b.id, c.id].every(Boolean)).toBe(true);

    const backlog = async (client: Client, q = '') => (await client.get(`/api/v1/action-items${q}`)).body;
    const titles = (body: any) => body.items.map((i: any) => i.title);
    expect(titles(await backlog(w.admin, `?incident=${open.id}`)).sort()).toEqual([
      'Buy a second line',
      'Train the help desk',
    ]);
    expect(titles(await backlog(w.admin))).toContain('Secret lesson');
    // Need to know: the restricted incident's items are invisible outside its team, and its item is 404.
    expect(titles(await backlog(outsider))).not.toContain('Secret lesson');
    expect((await outsider.get(`/api/v1/action-items/${c.id}`)).status).toBe(404);
    expect((await outsider.patch(`/api/v1/action-items/${c.id}`, { title: 'x' })).status).toBe(404);
    expect(titles(await backlog(w.admin, `?owner=facilities&incident=${open.reference}`))).toEqual([
      'Buy a second line',
    ]);
    expect(titles(await backlog(w.admin, '?q=help+desk'))).toEqual(['Train the help desk']);
    const bad = await w.admin.get('/api/v1/action-items?status=finished');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('status');

    // Due today is not overdue yet; two days later it is, and it is reminded once.
    expect(titles(await backlog(w.admin, '?overdue=true'))).not.toContain('Train the help desk');
    const remind = () => sendActionItemReminders({ ...w.server.running.services, actor: null });
    expect(await remind()).toBe(0);
    clock.advance(2 * 24 * 60 * MIN);
    const wim = await fresh(EMAILS.wim);
    const mine = await backlog(wim, '?owner=me&status=active&overdue=true');
    expect(titles(mine)).toContain('Train the help desk');
    expect(mine.items.every((i: any) => i.owner_account_id === w.ids.wim && i.overdue)).toBe(true);
    expect(mine.counts.overdue).toBe(mine.items.length);
    expect(mine.owners.map((o: any) => o.name)).toEqual(expect.arrayContaining(['Facilities', 'wim']));

    const sent = await remind();
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(await remind()).toBe(0);
    const deliveries = await w.server.running.store.db
      .selectFrom('deliveries')
      .select(['idempotency_key', 'recipient'])
      .execute();
    const about = (id: string) =>
      deliveries.filter((d) => d.idempotency_key.startsWith(`action-item-reminder:${id}:`));
    expect(about(a.id).map((d) => d.recipient)).toEqual([EMAILS.wim]);
    expect(about(b.id)).toEqual([]);
    const reminders = (
      await (
        await fresh('anna@example.org', 'correct horse battery')
      ).get(`/api/v1/incidents/${open.id}/timeline?types=action_item.reminder`)
    ).body.items;
    expect(reminders.map((e: any) => e.payload.action_item_id)).toEqual([a.id]);
    expect(
      (await backlog(wim, `?incident=${open.id}`)).items.find((i: any) => i.id === a.id).reminded_at,
    ).not.toBeNull();

    // A new due date that passes earns a new reminder; closing the incident leaves the items workable.
    const nextDue = clock.iso().slice(0, 10);
    expect((await wim.patch(`/api/v1/action-items/${a.id}`, { due_on: nextDue })).status).toBe(200);
    clock.advance(24 * 60 * MIN);
    expect(await remind()).toBeGreaterThanOrEqual(1);
    const again = await w.server.running.store.db
      .selectFrom('deliveries')
      .select('idempotency_key')
      .where('idempotency_key', 'like', `action-item-reminder:${a.id}:%`)
      .execute();
    expect(again.map((d) => d.idempotency_key.split(':')[2]).sort()).toEqual([today, nextDue].sort());
  });
});
