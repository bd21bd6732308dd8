// Server-Sent Events for one incident: every new timeline event goes out within a second; a reconnect with
// Last-Event-ID (the event's sequence number) resumes without losing any, because they are read from the timeline.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../app/context.js';
import { liveEventsAfter, liveStart } from '../app/incidents/incident-timeline.js';

const PING_MS = 20_000;

// Open streams, so the server can end them when it stops (a browser then reconnects to another process or later);
// otherwise a page left open would keep the server from shutting down.
const openStreams = new WeakMap<object, Set<() => void>>();
export function endAllStreams(server: object): void {
  for (const end of [...(openStreams.get(server) ?? [])]) end();
}

export async function streamIncidentEvents(
  ctx: Ctx,
  id: string,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { incidentId, latestSeq } = await liveStart(ctx, id);
  const header = req.headers['last-event-id'];
  const query = (req.query as { after?: string } | undefined)?.after;
  const lastSeen = Number(typeof header === 'string' ? header : (query ?? 'NaN'));
  // Without Last-Event-ID the stream starts now: the page has just loaded the incident.
  let after = Number.isInteger(lastSeen) && lastSeen >= 0 ? lastSeen : latestSeq;

  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');

  let busy = false;
  let again = false;
  let closed = false;
  const flush = async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        const events = await liveEventsAfter(ctx, incidentId, after);
        if (events === null) {
          res.end();
          return;
        }
        for (const e of events) {
          if (closed) return;
          res.write(`id: ${e.seq}\nevent: timeline\ndata: ${JSON.stringify(e)}\n\n`);
          after = e.seq;
        }
      } while (again && !closed);
    } catch {
      // A database hiccup: the next notification or the client's reconnect picks up from `after`.
    } finally {
      busy = false;
    }
  };

  const unsubscribe = ctx.notifier?.subscribe(incidentId, () => void flush()) ?? (() => {});
  const ping = setInterval(() => res.write(': ping\n\n'), PING_MS);
  let open = openStreams.get(req.server);
  if (!open) openStreams.set(req.server, (open = new Set()));
  const end = () => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    unsubscribe();
    open!.delete(end);
    res.end();
  };
  open.add(end);
  req.raw.on('close', end);
  await flush();
  return reply;
}
