// The incident page's changes, part 3: notes, pinned moments, and an intact chain after many changes at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { verifyAudit } from '../../src/app/audit/verify-audit.js';
import { accountWith, declare } from './support.js';
import { newest, put, refusedUnchanged, timeline } from './work-support.js';

const facts = {
  what_happened: 'Criminals encrypted the file servers.',
  affected: 'Shared drives; the ERP is slow.',
  actions: 'Servers are offline; the forensic firm is on site.',
  advice: 'Do not switch on your laptop until IT says so.',
  expected_recovery: 'Tomorrow at the earliest.',
};

forEachDatabase('changing an incident: notes, pins, integrity', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let responder: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    responder = await accountWith(admin, server.url, 'rosa@example.org', 'responder');
  });
  afterAll(() => server?.close());

  it('adds notes and pins moments; pinning is an event of its own', async () => {
    const inc = await declare(responder);
    const url = `/api/v1/incidents/${inc.id}/notes`;
    expect((await responder.post(url, { text: 'Ransom note found on HR share', pinned: true })).status).toBe(
      201,
    );
    const note = await newest(responder, inc.id, 'note.added');
    expect(note).toMatchObject({
      payload: { text: 'Ransom note found on HR share', pinned: true },
      pinned: true,
    });
    await refusedUnchanged(responder, inc.id, 400, () => responder.post(url, { text: 'x'.repeat(10_001) }));
    await refusedUnchanged(responder, inc.id, 400, () => responder.post(url, { text: '' }));

    const declared = (await timeline(responder, inc.id)).find((e) => e.type === 'incident.declared')!;
    const pin = (id: string, pinned: unknown) =>
      responder.post(`/api/v1/incidents/${inc.id}/timeline/${id}/pin`, { pinned });
    expect((await pin(declared.id, true)).status).toBe(204);
    const pinEvent = await newest(responder, inc.id, 'event.pinned');
    expect(pinEvent).toMatchObject({ subject: declared.id, payload: { event_id: declared.id } });
    expect((await timeline(responder, inc.id)).find((e) => e.id === declared.id)!.pinned).toBe(true);
    const events = (await timeline(responder, inc.id)).length;
    expect((await pin(declared.id, true)).status).toBe(204); // already pinned: nothing recorded
    expect((await timeline(responder, inc.id)).length).toBe(events);
    expect((await pin(note.id, false)).status).toBe(204);
    expect((await newest(responder, inc.id, 'event.unpinned')).payload.event_id).toBe(note.id);
    const pinned = await responder.get(`/api/v1/incidents/${inc.id}/timeline?pinned=true`);
    expect(pinned.body.items.map((e: any) => e.id)).toEqual([declared.id]);

    await refusedUnchanged(responder, inc.id, 409, () => pin(pinEvent.id, true));
    await refusedUnchanged(responder, inc.id, 404, () => pin('no-such-event', true));
    await refusedUnchanged(responder, inc.id, 400, () => pin(declared.id, 'yes'));
    // An event of another incident is not this incident's to pin.
    const other = await declare(responder);
    await refusedUnchanged(responder, other.id, 404, () =>
      responder.post(`/api/v1/incidents/${other.id}/timeline/${declared.id}/pin`, { pinned: true }),
    );
  });

  it('keeps the timeline intact and complete after many changes', async () => {
    const inc = await declare(responder);
    const start = (await timeline(responder, inc.id)).length;
    const base = `/api/v1/incidents/${inc.id}`;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => responder.post(`${base}/notes`, { text: `Note ${i}` })),
    );
    for (let i = 0; i < 5; i++)
      await put(responder, `${base}/fact-sheet`, { ...facts, actions: `Step ${i}` });
    await Promise.all(
      inc.tasks.slice(0, 6).map((t: any) => responder.patch(`${base}/tasks/${t.id}`, { status: 'done' })),
    );
    await responder.patch(base, { severity_id: 'sev3' });
    await put(responder, `${base}/eta`, {
      eta_at: new Date(Date.now() + 3600_000).toISOString(),
      confidence: 'high',
    });
    const items = await timeline(responder, inc.id);
    expect(items.length).toBe(start + 12 + 5 + 6 + 2);
    expect(items.map((e) => e.seq)).toEqual(items.map((_, i) => items.length - i));
    const detail = (await responder.get(base)).body;
    expect(detail.fact_sheet.version).toBe(5);
    expect(detail.tasks.filter((t: any) => t.status === 'done')).toHaveLength(6);
    const audit = await verifyAudit(server.running.store);
    expect(audit.intact, audit.message).toBe(true);
  });
});
