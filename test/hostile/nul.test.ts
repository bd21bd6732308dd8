// A NUL byte (U+0000) in a text field: stored, or refused with a 400; never a 500.
// (The rest of the hostile corpus is stored with U+2400 in its place: STORABLE in payloads.ts.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { declare } from '../incidents/support.js';
import { payload } from './payloads.js';

const NUL_PAYLOAD = 53;

forEachDatabase('a NUL byte in text fields', (dialect) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect, { worker: false });
    admin = await setUp(server.url);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is stored or refused with a 400, never a 500', async () => {
    const text = payload(NUL_PAYLOAD);
    expect(text).toContain('\u0000');
    const incident = await declare(admin, { title: 'Plain title' });
    const answers = {
      component: await admin.post('/api/v1/status-page/components', { name: { en: text, nl: text } }),
      note: await admin.post(`/api/v1/incidents/${incident.id}/notes`, { text }),
      title: await admin.patch(`/api/v1/incidents/${incident.id}`, { title: text }),
    };
    for (const [field, res] of Object.entries(answers)) {
      expect(res.status, `${field}: ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
    }
  });
});
