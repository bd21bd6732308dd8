// A real HTTP receiver on 127.0.0.1 for the chat and webhook tests, and a worker that knows the HTTP channels.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../../src/store/db.js';
import type { Channel } from '../../src/delivery/channel.js';
import { OutboxWorker } from '../../src/delivery/worker.js';
import { onCleanup, type FakeClock } from './harness.js';

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface HttpSink {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  received: Received[];
  /** How to answer the n-th request (1-based); 200 "ok" unless set. `null` never answers. */
  answer: (n: number, request: Received) => Answer | null;
}

/** Starts a receiver and stops it after the test. */
export async function startHttpSink(): Promise<HttpSink> {
  const open = new Set<ServerResponse>();
  const sink: HttpSink = { url: '', received: [], answer: () => ({ status: 200, body: 'ok' }) };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: Received = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      sink.received.push(request);
      const a = sink.answer(sink.received.length, request);
      if (a === null) {
        open.add(res);
        return;
      }
      res.writeHead(a.status, { 'content-type': 'text/plain', ...a.headers });
      res.end(a.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  onCleanup(async () => {
    for (const res of open) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return sink;
}

/** A worker with no jitter (random = 0), so backoffs are exactly 10 s, 20 s, 40 s, ... */
export function httpWorker(store: Store, channel: Channel, clock: FakeClock): OutboxWorker {
  const w = new OutboxWorker({
    store,
    channels: [channel],
    clock,
    random: () => 0,
    batchSize: 10,
    leaseSeconds: 120,
    pollMs: 60_000,
  });
  onCleanup(() => w.stop());
  return w;
}
