// The baseline of bench/intake.mjs: a bare Fastify server, one process like Stormbell, with the same route and body
// limit, that parses the same JSON and answers 202 with a body shaped like Stormbell's, storing nothing.
//   node bench/lib/bare-intake.mjs PORT
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.post('/api/v1/intake/alerts/alertmanager', async (req, reply) => {
  const alerts = Array.isArray(req.body?.alerts) ? req.body.alerts : [];
  reply.code(202);
  return {
    reports: alerts.map((a) => ({ id: randomUUID(), status: 'new', alert_state: a.status, created: true })),
  };
});
app.get('/healthz', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2]) });
