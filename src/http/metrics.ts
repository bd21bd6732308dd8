// Prometheus metrics: the process defaults, request durations by route, and the outbox's backlog.
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Store } from '../store/db.js';
import { countByStatus } from '../store/repos/outbox.js';

export function installMetrics(app: FastifyInstance, store: Store): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'stormbell_' });
  const duration = new Histogram({
    name: 'stormbell_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'stormbell_http_server_errors_total',
    help: 'Answers with a 5xx status',
    registers: [registry],
  });
  new Gauge({
    name: 'stormbell_outbox_deliveries',
    help: 'Deliveries in the outbox by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        for (const r of await countByStatus(store.db)) this.set({ status: r.status }, r.count);
      } catch {
        // An unreachable database shows as missing values, not as a failed scrape.
      }
    },
  });
  // One labelled child per method, route and status, kept: observing through the labels object hashes them on
  // every request, which shows under a spike on the status page (docs/benchmarks.md).
  const children = new Map<string, ReturnType<typeof duration.labels>>();
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const key = `${req.method} ${reply.statusCode} ${route}`;
    let child = children.get(key);
    if (!child) {
      child = duration.labels({ method: req.method, route, status: String(reply.statusCode) });
      children.set(key, child);
    }
    child.observe(reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) errors.inc();
  });
  return registry;
}
