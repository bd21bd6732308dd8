// The report form allows 10 reports per hour per address; the 11th waits, with Retry-After saying how long.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client, setUp } from '../support/client.js';
import { reports } from './support.js';

forEachDatabase('employee report form rate limit', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let key: string;
  let now = Date.parse('2026-11-27T09:00:00Z');
  beforeAll(async () => {
    server = await startTestServer(dialect, { clock: { now: () => new Date(now) } });
    admin = await setUp(server.url);
    key = (await admin.get('/api/v1/intake/report-link')).body.url.split('/report/')[1];
  });
  afterAll(() => server?.close());

  it('answers 429 with Retry-After after 10 reports in an hour, and takes reports again after it', async () => {
    const anon = new Client(server.url);
    const send = (n: number) =>
      anon.post(`/api/v1/intake/report-form/${key}`, { what_happened: `Report number ${n}`, language: 'en' });
    for (let n = 1; n <= 10; n++) {
      expect((await send(n)).status, `report ${n}`).toBe(201);
      now += 60_000;
    }
    const refused = await send(11);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('rate_limited');
    // The window opened at the first report, 10 minutes ago: 50 minutes to go.
    expect(refused.headers.get('retry-after')).toBe(String(50 * 60));
    expect((await reports(admin)).length).toBe(10);

    // Reading the form is not limited; the admins' triage is not either.
    expect((await anon.get(`/api/v1/intake/report-form/${key}`)).status).toBe(200);

    now += 50 * 60_000;
    expect((await send(12)).status).toBe(201);
    expect((await reports(admin)).map((r) => r.title)).toContain('Report number 12');
  });

  it('holds the limit when many reports arrive at the same moment', async () => {
    now += 2 * 3600_000;
    const before = (await reports(admin)).length;
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, n) =>
        new Client(server.url).post(`/api/v1/intake/report-form/${key}`, {
          what_happened: `Parallel report ${n}`,
          language: 'en',
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(10);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(5);
    expect((await reports(admin)).length).toBe(before + 10);
  });
});
