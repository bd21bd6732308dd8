// A server with a plan made for communication tests: known people behind the communication roles, recipients,
// and accounts for each of them; helpers to walk a message through its states.
import { expect } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import type { Client } from '../support/client.js';
import { setUp } from '../support/client.js';
import type { SmtpSink } from '../support/smtp-sink.js';
import { accountWith, declare } from '../incidents/support.js';
import type { Clock } from '../../src/app/context.js';

export interface CommsWorld {
  server: TestServer;
  admin: Client;
  /** communications_lead primary (Maria). */
  comms: Client;
  /** communications_lead deputy and legal deputy (Jordan): holds two roles. */
  both: Client;
  /** legal primary (Priya). */
  legal: Client;
  /** a responder who holds no role. */
  wim: Client;
  viewer: Client;
  ids: Record<'comms' | 'both' | 'legal' | 'wim', string>;
}

export const EMAILS = {
  comms: 'maria@example.org',
  both: 'jordan@example.org',
  legal: 'priya@example.org',
  wim: 'wim@example.org',
  viewer: 'vera@example.org',
};

/** Gives the plan's people the test accounts' emails and the audiences recipients and extra reach. */
export async function commsPlan(admin: Client, changes: (plan: any) => void = () => {}) {
  const { plan } = (await admin.get('/api/v1/plan')).body;
  const person = (id: string) => plan.people.find((p: { id: string }) => p.id === id);
  person('maria_santos').email = EMAILS.comms;
  person('jordan_lee').email = EMAILS.both;
  person('priya_shah').email = EMAILS.legal;
  const legal = plan.roles.find((r: { id: string }) => r.id === 'legal');
  legal.deputies = [...legal.deputies.filter((d: string) => d !== 'jordan_lee'), 'jordan_lee'];
  const audience = (id: string) => plan.audiences.find((a: { id: string }) => a.id === id);
  audience('employees').recipients = [{ email: 'all-staff@example.org', language: 'en' }];
  const customers = audience('customers');
  customers.languages = ['en', 'nl'];
  customers.recipients = [
    { email: 'klant@example.nl', name: 'Klaas Klant', language: 'nl' },
    { email: 'customer@example.com', language: 'en' },
    { person: 'maria_santos' },
  ];
  // Customers are addressed in English and Dutch: every scenario gets Dutch customer templates too.
  for (const scenario of plan.scenarios) {
    const english = scenario.templates.filter((t: any) => t.audience === 'customers' && t.language === 'en');
    for (const t of english)
      scenario.templates.push({
        ...t,
        id: `${t.id}_nl`,
        language: 'nl',
        subject: 'Storing bij {{organisation.name}}',
        body: 'Sinds {{facts.discovered_at}} werken enkele diensten niet. {{facts.summary}}\n\nVerwacht herstel: {{eta}}.',
      });
  }
  changes(plan);
  const saved = await admin.request('PUT', '/api/v1/plan', { plan, description: 'communication test plan' });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return plan;
}

export async function commsWorld(
  dialect: 'sqlite' | 'postgres',
  options: { env?: Record<string, string>; clock?: Clock; plan?: (plan: any) => void; smtp?: SmtpSink } = {},
): Promise<CommsWorld> {
  // With a test SMTP server the test drives the outbox worker itself (runOnce), so nothing races it.
  const server = await startTestServer(dialect, {
    ...(options.smtp ? { worker: false } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const admin = await setUp(server.url);
  await commsPlan(admin, options.plan);
  const smtp = options.smtp;
  const account = (email: string, level: 'viewer' | 'responder') =>
    accountWith(admin, server.url, email, level, {
      name: email.split('@')[0],
      // The tests that use SMTP drive the outbox worker themselves.
      ...(smtp ? { smtp: { sink: smtp, runOnce: () => server.running.worker.runOnce() } } : {}),
    });
  const comms = await account(EMAILS.comms, 'responder');
  const both = await account(EMAILS.both, 'responder');
  const legal = await account(EMAILS.legal, 'responder');
  const wim = await account(EMAILS.wim, 'responder');
  const viewer = await account(EMAILS.viewer, 'viewer');
  const id = async (c: Client) => (await c.get('/api/v1/me')).body.id as string;
  return {
    server,
    admin,
    comms,
    both,
    legal,
    wim,
    viewer,
    ids: { comms: await id(comms), both: await id(both), legal: await id(legal), wim: await id(wim) },
  };
}

export { declare };

export const messagesPath = (incidentId: string) => `/api/v1/incidents/${incidentId}/messages`;

/** A draft with its own text (no template), in the given languages. */
export async function draft(
  c: Client,
  incidentId: string,
  audience: string,
  languages: Array<'en' | 'nl'> = ['en'],
) {
  const res = await c.post(messagesPath(incidentId), {
    audience_id: audience,
    contents: languages.map((language) => ({
      language,
      subject: language === 'nl' ? 'Storing bij onze dienstverlening' : 'Disruption of our services',
      body:
        language === 'nl'
          ? 'Sinds vanochtend werken enkele systemen niet. We werken aan herstel.'
          : 'Since this morning some systems do not work. We are working to restore them.',
    })),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** POSTs a step (submit, approve, reject, publish) with the message's current revision. */
export async function stepOf(
  c: Client,
  incidentId: string,
  message: { id: string; revision: number },
  verb: string,
  extra = {},
) {
  return c.post(`${messagesPath(incidentId)}/${message.id}/${verb}`, {
    revision: message.revision,
    ...extra,
  });
}
