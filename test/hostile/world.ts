// A Stormbell full of hostile text: every field a user can fill that is shown somewhere gets payloads from the
// corpus (test/hostile/payloads.ts), through the API as the app would send them. The world records what it made
// (counts for the structure checks) and which URL fields were refused.
import { expect } from 'vitest';
import { Client } from '../support/client.js';
import type { SmtpSink } from '../support/smtp-sink.js';
import { commsWorld, messagesPath, stepOf, type CommsWorld } from '../messages/support.js';
import { declare } from '../incidents/support.js';
import { LONG_WORD, STORABLE, tag } from './payloads.js';

export interface HostileWorld extends CommsWorld {
  incidentId: string;
  incidentIds: string[];
  componentCount: number;
  groupCount: number;
  maintenanceCount: number;
  /** Status codes of the attempts to store javascript:/data: URLs (each must be a 4xx). */
  refusedUrls: Record<string, number>;
  reportKey: string;
  internalPath: string;
}

function ok<T = any>(res: { status: number; body: T }, what: string): T {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

export async function hostileWorld(dialect: 'sqlite' | 'postgres', smtp: SmtpSink): Promise<HostileWorld> {
  const corpus = STORABLE;
  const payload = (n: number) => corpus[n - 1]!.text;
  // All payloads, one paragraph each, and the long word: the body of every message.
  const ALL_PAYLOADS = corpus.map((p) => p.text).join('\n\n');
  const BODY = `${tag('body')}\n\n${ALL_PAYLOADS}\n\n${LONG_WORD}`;
  // Without the long word: pdfkit takes seconds to break a 3,000-letter word, and the report has many records.
  const TEXT = `${tag('body')}\n\n${ALL_PAYLOADS}`;
  const short = corpus.filter((p) => p.text.length <= 110);
  // The n-th short payload (cycling), behind a tag naming where it went.
  const at = (field: string, i: number, max = 120) =>
    `${tag(field)} ${short[i % short.length]!.text}`.slice(0, max);
  const w = await commsWorld(dialect, {
    smtp,
    env: { STORMBELL_SMTP_URL: smtp.url, STORMBELL_MAIL_FROM: 'Crisis desk <crisis@example.org>' },
    plan: (plan) => {
      plan.organisation.name = `Org ${payload(28)}`;
      const audience = (id: string) => plan.audiences.find((a: { id: string }) => a.id === id);
      audience('employees').channels = ['email', 'internal_page'];
      audience('employees').name = `Staff ${payload(22)}`;
      audience('customers').name = `Customers ${payload(3)}`;
      audience('press').approval_chain = ['communications_lead'];
      const role = plan.roles.find((r: { id: string }) => r.id === 'communications_lead');
      role.name = `Comms ${payload(5)}`;
    },
  });
  const { admin, comms, legal } = w;
  const run = () => w.server.running.worker.runOnce();

  // Accounts: a hostile name for an existing account, and an invitation addressed to a header-injecting name.
  ok(await admin.patch(`/api/v1/accounts/${w.ids.wim}`, { name: `Wim ${payload(24)}` }), 'account name');
  const invited = await admin.post('/api/v1/accounts', {
    email: 'newcomer@example.org',
    name: payload(55),
    language: 'en',
    access_level: 'viewer',
  });
  // Refusing a name with a line break is as good as escaping it; storing it must not reach a mail header.
  expect([201, 400]).toContain(invited.status);

  // Status page: settings, groups, components, maintenance.
  const base = '/api/v1/status-page';
  const refusedUrls: Record<string, number> = {};
  const hostileUrls = {
    logo_javascript: { logo_url: `javascript:__pwned(${901})` },
    logo_data: { logo_url: 'data:image/svg+xml,<svg onload=__pwned(902)>' },
    footer_javascript: {
      footer_links: [{ label: { en: 'x', nl: 'x' }, url: 'javascript:__pwned(903)' }],
    },
    footer_spaced: {
      footer_links: [{ label: { en: 'x', nl: 'x' }, url: ' JaVaScRiPt:__pwned(904)' }],
    },
  };
  for (const [name, body] of Object.entries(hostileUrls))
    refusedUrls[name] = (await admin.request('PUT', `${base}/settings`, body)).status;
  ok(
    await admin.request('PUT', `${base}/settings`, {
      title: `${tag('title')} ${payload(28)}`,
      logo_url: 'https://example.org/logo.png"onerror="__pwned(905)"data-pwn="',
      footer_links: [
        { label: { en: at('footer', 0), nl: at('footer', 1) }, url: 'https://example.org/a"><b/data-pwn>' },
        {
          label: { en: at('footer', 2), nl: at('footer', 3) },
          url: "https://example.org/'onmouseover='__pwned(906)",
        },
      ],
    }),
    'status settings',
  );
  const groups: string[] = [];
  for (let i = 0; i < 3; i++)
    groups.push(
      ok(
        await admin.post(`${base}/groups`, { name: { en: at('group', i * 7), nl: at('group', i * 7 + 1) } }),
        'group',
      ).id,
    );
  const components: string[] = [];
  for (let i = 0; i < short.length; i += 2) {
    const made = ok(
      await admin.post(`${base}/components`, {
        name: { en: at('component', i), nl: at('component', i + 1) },
        description: { en: at('component-description', i + 1, 500), nl: at('component-description', i, 500) },
        group_id: i % 4 === 0 ? null : groups[i % 3],
      }),
      `component ${i}`,
    );
    components.push(made.id);
  }
  const hour = 3600_000;
  let maintenanceCount = 0;
  for (let i = 0; i < 2; i++) {
    ok(
      await comms.post(`${base}/maintenances`, {
        title: { en: at('maintenance', i * 11), nl: at('maintenance', i * 11 + 1) },
        body: { en: TEXT.slice(0, 5000), nl: at('maintenance-body', i) },
        scheduled_for: new Date(Date.now() + (i + 1) * 24 * hour).toISOString(),
        scheduled_until: new Date(Date.now() + (i + 1) * 24 * hour + 2 * hour).toISOString(),
        component_ids: components.slice(0, 2),
      }),
      'maintenance',
    );
    maintenanceCount++;
  }
  // A confirmed subscriber, who gets the status-page update by mail.
  ok(
    await admin.post(`${base}/subscribers/import`, {
      csv: 'email,language,components\nsub@example.org,en,\n',
    }),
    'subscriber import',
  );

  // Incidents: three, with hostile titles; the first gets every kind of record.
  const incidentIds: string[] = [];
  for (const n of [1, 28, 35])
    incidentIds.push((await declare(comms, { title: `${tag('title')} ${payload(n)}` })).id);
  const id = incidentIds[0]!;
  const inc = `/api/v1/incidents/${id}`;
  ok(
    await comms.post(`${inc}/awareness`, {
      awareness_at: new Date(Date.now() - hour).toISOString(),
      reason: `${tag('awareness')} ${payload(21)}`,
    }),
    'awareness',
  );
  for (let i = 0; i < 3; i++)
    ok(
      await comms.post(`${inc}/decisions`, {
        title: at('decision', i * 4, 300),
        rationale: `${tag('rationale')} ${TEXT}`,
        alternatives: at('alternatives', i * 4 + 1, 300),
        business_impact: at('impact', i * 4 + 2, 300),
      }),
      'decision',
    );
  for (let i = 0; i < 3; i++)
    ok(
      await comms.post(`${inc}/tasks`, {
        phase: 'detection',
        title: at('task', i * 5 + 3, 300),
        caution: at('caution', i * 5 + 4, 2000),
      }),
      'task',
    );
  for (let i = 0; i < 4; i++)
    ok(await comms.post(`${inc}/notes`, { text: i === 0 ? TEXT : at('note', i * 9), pinned: i < 2 }), 'note');
  ok(
    await comms.request('PUT', `${inc}/fact-sheet`, {
      what_happened: `${tag('what')} ${ALL_PAYLOADS}`,
      affected: at('affected', 13, 2000),
      actions: at('actions', 14, 2000),
      advice: at('advice', 15, 2000),
      expected_recovery: at('recovery', 16, 2000),
      next_update_at: new Date(Date.now() + 2 * hour).toISOString(),
    }),
    'fact sheet',
  );
  // An outside person in a role: their name is shown on the incident page and in the role mail.
  const role = await comms.request('PUT', `${inc}/roles/legal`, {
    name: `Lawyer ${payload(56)}`.slice(0, 120),
    email: 'lawyer@example.org',
  });
  expect([200, 400]).toContain(role.status);

  // Messages: customers (status page and email), employees (email and internal page), press.
  const publishMessage = async (audience: string, subject: string, extra: Record<string, unknown> = {}) => {
    const made = ok(
      await comms.post(messagesPath(id), {
        audience_id: audience,
        kind: 'custom',
        contents: [{ language: 'en', subject, body: BODY }],
        ...extra,
      }),
      `draft for ${audience}`,
    );
    let current = ok(await stepOf(comms, id, made, 'submit'), 'submit');
    if (current.status === 'in_review') current = ok(await stepOf(legal, id, current, 'approve'), 'approve');
    return ok(await stepOf(comms, id, current, 'publish'), `publish for ${audience}`);
  };
  await publishMessage('customers', `${tag('subject')} ${payload(35)}`, {
    status_page: {
      incident_status: 'identified',
      impact: 'major',
      components: [{ id: components[0]!, status: 'major_outage' }],
    },
  });
  await publishMessage('employees', `${tag('subject')} ${payload(56)}`);
  await publishMessage('press', `${tag('subject')} ${payload(28)}`);
  for (let i = 0; i < 20; i++) await run();

  // The public report form, as an employee fills it in.
  const reportUrl = ok(await admin.get('/api/v1/intake/report-link'), 'report link').url as string;
  const reportKey = new URL(reportUrl).pathname.split('/').pop()!;
  ok(
    await new Client(w.server.url).post(`/api/v1/intake/report-form/${reportKey}`, {
      what_happened: `${tag('report')} ${ALL_PAYLOADS}`,
      when: at('when', 5, 200),
      system: at('system', 6, 200),
      name: at('name', 7, 120),
      contact: at('contact', 8, 200),
      language: 'en',
    }),
    'report form',
  );

  // The review: every task skipped, the incident through to evaluation, contributions, texts, action items.
  const detail = ok(await comms.get(inc), 'incident');
  for (const task of detail.tasks)
    await admin.patch(`${inc}/tasks/${task.id}`, { status: 'skipped', reason: at('skip', 9, 2000) });
  for (const phase of ['containment', 'recovery', 'evaluation'])
    ok(await admin.post(`${inc}/phase`, { phase, reason: at('phase', 10, 2000) }), `phase ${phase}`);
  for (let i = 0; i < 2; i++)
    ok(
      await comms.post(`${inc}/review/contributions`, {
        went_well: `${tag('went-well')} ${ALL_PAYLOADS}`,
        went_wrong: at('went-wrong', 20 + i),
      }),
      'contribution',
    );
  ok(
    await comms.request('PUT', `${inc}/review/texts`, {
      communication_assessment: `${tag('assessment')} ${ALL_PAYLOADS}`,
      lessons: `${tag('lessons')} ${ALL_PAYLOADS}\n\n${LONG_WORD}`,
    }),
    'review texts',
  );
  for (let i = 0; i < 3; i++)
    ok(
      await comms.post(`${inc}/action-items`, {
        title: at('action', 30 + i, 300),
        description: `${tag('action-description')} ${ALL_PAYLOADS}`,
        owner_name: `Owner ${payload(24)}`.slice(0, 120),
      }),
      'action item',
    );

  const internalPath = new URL(ok(await admin.get('/api/v1/internal-page/link'), 'internal link').url)
    .pathname;
  return {
    ...w,
    incidentId: id,
    incidentIds,
    componentCount: components.length,
    groupCount: groups.length,
    maintenanceCount,
    refusedUrls,
    reportKey,
    internalPath,
  };
}
