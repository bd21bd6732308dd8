import { expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import { setUp } from '../support/client.js';
import { declare, openEvents } from './support.js';

it('stops promptly while an incident page is open: the live stream is ended, the browser reconnects elsewhere', async () => {
  const server = await startTestServer('sqlite');
  const admin = await setUp(server.url);
  const incident = await declare(admin);
  const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const stream = await openEvents(server.url, `/api/v1/incidents/${incident.id}/events`, { cookie });
  expect(stream.status).toBe(200);
  // Without ending the open stream the server would wait for it forever; the bound only tells a hang from a stop
  // (generous: a shared machine), it is not a timing assertion.
  await Promise.race([
    server.running.stop(),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error('the server did not stop: the open stream kept it waiting')), 30_000),
    ),
  ]);
  stream.close();
  await server.db.drop();
});
