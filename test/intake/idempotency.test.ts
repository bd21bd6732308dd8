// Idempotency-Key on alert intake: a retry gets the first answer and stores nothing; another body is refused.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { alertmanagerPayload } from './payloads.js';
import { intakeToken, postAlerts, reportEvents, reports } from './support.js';

forEachDatabase('alert intake with Idempotency-Key', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let token: string;
  let shift = 0;
  beforeAll(async () => {
    server = await startTestServer(dialect, { clock: { now: () => new Date(Date.now() + shift) } });
    admin = await setUp(server.url);
    token = await intakeToken(admin, 'alertmanager');
  });
  afterAll(() => server?.close());

  it('answers a retry with the same key and body exactly as the first time, storing nothing new', async () => {
    const key = { 'idempotency-key': 'am-7f3c1e' };
    const first = await postAlerts(server, 'alertmanager', token, alertmanagerPayload, key);
    expect(first.status).toBe(202);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const stored = await reports(admin);
    const events = await reportEvents(admin);

    // The same JSON with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(alertmanagerPayload).reverse());
    for (const body of [alertmanagerPayload, reordered]) {
      const again = await postAlerts(server, 'alertmanager', token, body, key);
      expect(again.status).toBe(202);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
    }
    expect(await reports(admin)).toEqual(stored);
    expect((await reportEvents(admin)).length).toBe(events.length);
    expect(stored.find((r) => r.id === first.body.reports[0].id).times_received).toBe(1);

    // Without the key, the same alert is a repeat like any other.
    const plain = await postAlerts(server, 'alertmanager', token, alertmanagerPayload);
    expect(plain.body.reports[0]).toMatchObject({ id: first.body.reports[0].id, created: false });
  });

  it('refuses the same key with a different body (422) and changes nothing', async () => {
    const key = { 'idempotency-key': 'am-reused' };
    expect((await postAlerts(server, 'alertmanager', token, alertmanagerPayload, key)).status).toBe(202);
    const stored = await reports(admin);
    const events = await reportEvents(admin);
    const other = { ...alertmanagerPayload, receiver: 'pager' };
    const res = await postAlerts(server, 'alertmanager', token, other, key);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    expect(res.body.detail).toMatch(/Idempotency-Key/);
    expect(await reports(admin)).toEqual(stored);
    expect((await reportEvents(admin)).length).toBe(events.length);
  });

  it('answers concurrent retries with one report between them', async () => {
    const body = {
      ...alertmanagerPayload,
      alerts: [{ ...alertmanagerPayload.alerts[0]!, fingerprint: 'concurrent-0001' }],
    };
    const key = { 'idempotency-key': 'am-concurrent' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => postAlerts(server, 'alertmanager', token, body, key)),
    );
    for (const a of answers) expect(a.status).toBe(202);
    expect(new Set(answers.map((a) => a.body.reports[0].id)).size).toBe(1);
    const mine = (await reports(admin)).filter((r) => r.id === answers[0]!.body.reports[0].id);
    expect(mine).toHaveLength(1);
    expect(mine[0].times_received).toBe(1);
  });

  it('refuses a key that is not a printable ASCII string, naming the header', async () => {
    const res = await postAlerts(server, 'alertmanager', token, alertmanagerPayload, {
      'idempotency-key': 'x'.repeat(256),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
  });

  it('keeps keys of different sources apart', async () => {
    const generic = await intakeToken(admin, 'generic');
    const key = { 'idempotency-key': 'am-7f3c1e' };
    const res = await postAlerts(server, 'generic', generic, { title: 'Same key, other source' }, key);
    expect(res.status).toBe(202);
    expect(res.body.reports[0].created).toBe(true);
  });

  it('forgets a key after a day (this test moves the clock, so it runs last)', async () => {
    const key = { 'idempotency-key': 'am-next-day' };
    expect((await postAlerts(server, 'alertmanager', token, alertmanagerPayload, key)).status).toBe(202);
    shift += 25 * 3600_000;
    const other = { ...alertmanagerPayload, receiver: 'next-day' };
    const res = await postAlerts(server, 'alertmanager', token, other, key);
    expect(res.status).toBe(202);
    expect(res.headers.get('idempotent-replayed')).toBeNull();
  });
});
