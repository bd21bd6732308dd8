// What the fault tests share: a message approved for a "people affected" audience of a thousand uploaded people,
// the outbox rows it made, and what an SMTP sink received per recipient (raw and by distinct Message-ID).
import { expect } from 'vitest';
import type { Clock } from '../../src/app/context.js';
import type { OutboxWorker } from '../../src/delivery/worker.js';
import type { Store } from '../../src/store/db.js';
import { listDeliveries, type Delivery } from '../../src/store/repos/outbox.js';
import type { SmtpSink } from '../support/smtp-sink.js';
import { ADMIN, setUp, type Client } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { declare, messagesPath, stepOf } from '../messages/support.js';

export const PEOPLE = 1000;
export const SUBJECT = 'Your data was involved in a breach';
export const personAddress = (i: number) => `person${i}@example.org`;
export const everyone = () => Array.from({ length: PEOPLE }, (_, i) => personAddress(i));

export interface FanOut {
  server: TestServer;
  /** The first admin, who is also the communications lead in the plan. */
  admin: Client;
  incidentId: string;
  /** Approved, not yet published: `publish(fanOut)` starts the fan-out. */
  message: { id: string; revision: number };
}

/**
 * A server (whose outbox worker the test drives: runOnce) with a data-breach incident whose people affected are
 * PEOPLE uploaded addresses, and an approved English message to them. The admin is the communications lead and the
 * audience needs only that role, so submitting approves. Mail made while setting up has been delivered already.
 */
export async function fanOutWorld(
  dialect: 'sqlite' | 'postgres',
  smtp: SmtpSink,
  clock?: Clock,
): Promise<FanOut> {
  const server = await startTestServer(dialect, {
    worker: false,
    env: { STORMBELL_SMTP_URL: smtp.url },
    ...(clock ? { clock } : {}),
  });
  const admin = await setUp(server.url);
  const { plan } = (await admin.get('/api/v1/plan')).body;
  plan.people.find((p: { id: string }) => p.id === 'maria_santos').email = ADMIN.email;
  plan.audiences.find((a: { id: string }) => a.id === 'data_subjects').approval_chain = [
    'communications_lead',
  ];
  const saved = await admin.request('PUT', '/api/v1/plan', { plan, description: 'fault test plan' });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const incident = await declare(admin, { scenario_id: 'data_breach', title: 'Customer file copied' });
  const csv = ['email,name,language', ...everyone().map((a, i) => `${a},Person ${i},en`)].join('\n');
  const up = await admin.post(`/api/v1/incidents/${incident.id}/audiences/data_subjects/recipients`, { csv });
  expect(up.status, JSON.stringify(up.body).slice(0, 300)).toBe(200);
  expect(up.body.total).toBe(PEOPLE);
  const drafted = await admin.post(messagesPath(incident.id), {
    audience_id: 'data_subjects',
    contents: [{ language: 'en', subject: SUBJECT, body: 'We are sorry. Here is what happened.' }],
  });
  expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
  const submitted = (await stepOf(admin, incident.id, drafted.body, 'submit')).body;
  expect(submitted.status, JSON.stringify(submitted)).toBe('approved');
  await drain(server.running.worker);
  return { server, admin, incidentId: incident.id, message: submitted };
}

/** Publishes the approved message through `client` (by default the admin on the world's own server). */
export async function publish(f: FanOut, client: Client = f.admin): Promise<void> {
  const res = await stepOf(client, f.incidentId, f.message, 'publish');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** Runs the worker until it finds nothing due (at the worker's clock). */
export async function drain(worker: OutboxWorker): Promise<void> {
  while ((await worker.runOnce()).claimed > 0);
}

/** The outbox rows of one message. */
export async function deliveriesOf(store: Store, messageId: string): Promise<Delivery[]> {
  return listDeliveries(store.db, { messageId, limit: 10 * PEOPLE });
}

export interface Arrivals {
  /** Messages accepted per recipient address, counting every copy. */
  raw: Map<string, number>;
  /** Distinct Message-IDs per recipient address. */
  ids: Map<string, Set<string>>;
}

/** What the sinks accepted of the fan-out's mail (by subject), per envelope recipient. */
export function arrivals(...sinks: SmtpSink[]): Arrivals {
  const raw = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  for (const sink of sinks)
    for (const { mail, rcpt } of sink.received) {
      if (mail.subject !== SUBJECT) continue;
      for (const to of rcpt) {
        raw.set(to, (raw.get(to) ?? 0) + 1);
        const set = ids.get(to) ?? new Set<string>();
        set.add(mail.messageId ?? '(none)');
        ids.set(to, set);
      }
    }
  return { raw, ids };
}

/** The Message-ID the outbox row carries (the one every attempt sends). */
export const messageIdOf = (d: Delivery) => (d.payload as { messageId: string }).messageId;
