// The Statuspage-compatible JSON (/api/v2/*.json) checked field by field against Atlassian Statuspage's documented
// shapes (written here as strict zod schemas, so a missing, extra or mistyped field fails), plus the value sets, the
// filtering of unresolved incidents and upcoming/active maintenance, and that nothing outside the snapshot appears.
//
// The shapes follow Statuspage's public API v2 reference (as republished on pages hosted by Statuspage, e.g.
// MongoDB's cloud-status reference) and the public clients that parse it (npm `statuspage.io`'s Result.d.ts;
// hikari's tests with Discord's payloads); see the top of src/status-page/statuspage-api.ts.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { StatusSnapshot } from '../../src/core/status-page/snapshot.js';
import { v2Documents, v2Names } from '../../src/status-page/statuspage-api.js';
import { buildSnapshot, FIXTURE_URL, fixtureId } from './fixture.js';

const ZTime = z.iso.datetime({ offset: true });
const ZId = z.string().min(1);
const ZComponentStatus = z.enum([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);
const ZIncidentStatus = z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']);
const ZMaintenanceStatus = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);

const ZPage = z.strictObject({
  id: ZId,
  name: z.string(),
  url: z.url(),
  time_zone: z.string(),
  updated_at: ZTime,
});
const ZStatus = z.strictObject({
  indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
  description: z.string().min(1),
});
const ZComponent = z.strictObject({
  id: ZId,
  name: z.string().min(1),
  status: ZComponentStatus,
  created_at: ZTime,
  updated_at: ZTime,
  position: z.number().int().min(1),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.iso.date().nullable(),
  group_id: ZId.nullable(),
  page_id: ZId,
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  components: z.array(ZId).optional(),
});
const ZAffectedComponent = z.strictObject({
  code: ZId,
  name: z.string(),
  old_status: ZComponentStatus,
  new_status: ZComponentStatus,
});
const update = <S extends z.ZodType>(status: S) =>
  z.strictObject({
    id: ZId,
    status,
    body: z.string(),
    incident_id: ZId,
    created_at: ZTime,
    updated_at: ZTime,
    display_at: ZTime,
    affected_components: z.array(ZAffectedComponent).nullable(),
    deliver_notifications: z.boolean(),
    custom_tweet: z.string().nullable(),
    tweet_id: z.string().nullable(),
  });
const incidentFields = {
  id: ZId,
  name: z.string().min(1),
  created_at: ZTime,
  updated_at: ZTime,
  monitoring_at: ZTime.nullable(),
  resolved_at: ZTime.nullable(),
  shortlink: z.url(),
  started_at: ZTime,
  page_id: ZId,
  components: z.array(ZComponent),
};
const ZIncident = z.strictObject({
  ...incidentFields,
  status: ZIncidentStatus,
  impact: z.enum(['none', 'minor', 'major', 'critical']),
  incident_updates: z.array(update(ZIncidentStatus)),
});
const ZScheduledMaintenance = z.strictObject({
  ...incidentFields,
  status: ZMaintenanceStatus,
  impact: z.literal('maintenance'),
  incident_updates: z.array(update(ZMaintenanceStatus)),
  scheduled_for: ZTime,
  scheduled_until: ZTime,
});

const schemas = {
  summary: z.strictObject({
    page: ZPage,
    components: z.array(ZComponent),
    incidents: z.array(ZIncident),
    scheduled_maintenances: z.array(ZScheduledMaintenance),
    status: ZStatus,
  }),
  status: z.strictObject({ page: ZPage, status: ZStatus }),
  components: z.strictObject({ page: ZPage, components: z.array(ZComponent) }),
  incidents: z.strictObject({ page: ZPage, incidents: z.array(ZIncident) }),
  'incidents/unresolved': z.strictObject({ page: ZPage, incidents: z.array(ZIncident) }),
  'scheduled-maintenances': z.strictObject({
    page: ZPage,
    scheduled_maintenances: z.array(ZScheduledMaintenance),
  }),
  'scheduled-maintenances/upcoming': z.strictObject({
    page: ZPage,
    scheduled_maintenances: z.array(ZScheduledMaintenance),
  }),
  'scheduled-maintenances/active': z.strictObject({
    page: ZPage,
    scheduled_maintenances: z.array(ZScheduledMaintenance),
  }),
};

/** The documents as a client receives them: serialised and parsed, then checked against the schemas. */
function documents(s: StatusSnapshot) {
  const docs = JSON.parse(JSON.stringify(v2Documents(s))) as Record<string, unknown>;
  return {
    summary: schemas.summary.parse(docs['summary']),
    status: schemas.status.parse(docs['status']),
    components: schemas.components.parse(docs['components']),
    incidents: schemas.incidents.parse(docs['incidents']),
    unresolved: schemas['incidents/unresolved'].parse(docs['incidents/unresolved']),
    maintenances: schemas['scheduled-maintenances'].parse(docs['scheduled-maintenances']),
    upcoming: schemas['scheduled-maintenances/upcoming'].parse(docs['scheduled-maintenances/upcoming']),
    active: schemas['scheduled-maintenances/active'].parse(docs['scheduled-maintenances/active']),
  };
}

describe('/api/v2 documents', () => {
  it('are exactly the eight documents, each in Statuspage’s shape', () => {
    const docs = v2Documents(buildSnapshot());
    expect(Object.keys(docs).sort()).toEqual([...v2Names].sort());
    for (const name of v2Names) {
      const result = schemas[name].safeParse(JSON.parse(JSON.stringify(docs[name])));
      expect(result.error?.issues ?? [], name).toEqual([]);
    }
  });

  it('carry the page in each document', () => {
    const s = buildSnapshot();
    const docs = documents(s);
    const page = {
      id: s.page.id,
      name: 'Voorbeeld Zorgverzekeraar',
      url: FIXTURE_URL,
      time_zone: 'Europe/Amsterdam',
      updated_at: s.page.updated_at,
    };
    for (const d of Object.values(docs)) expect(d.page).toEqual(page);
  });

  it('list components and their groups as Statuspage does', () => {
    const s = buildSnapshot();
    const { components } = documents(s).components;
    expect(components).toHaveLength(12 + 3);
    const groups = components.filter((c) => c.group);
    expect(groups.map((g) => g.name)).toEqual(['Customer portal', 'Communication', 'Payments']);
    for (const [gi, g] of groups.entries()) {
      const snapshotGroup = s.groups[gi]!;
      expect(g.id).toBe(snapshotGroup.id);
      expect(g.components).toEqual(snapshotGroup.component_ids);
      expect(g.group_id).toBeNull();
      expect(g.position).toBe(gi + 1);
      const members = components.filter((c) => c.group_id === g.id);
      expect(members.map((c) => c.id)).toEqual(snapshotGroup.component_ids);
      expect(members.map((c) => c.position)).toEqual([1, 2, 3, 4]);
      for (const m of members) {
        expect(m.group).toBe(false);
        expect(m).not.toHaveProperty('components');
      }
    }
    // A group shows the worst of its members: Communication has text messages degraded and the telephone exchange
    // under maintenance; Payments has iDEAL down (major outage) and refunds degraded.
    expect(groups.map((g) => g.status)).toEqual(['operational', 'degraded_performance', 'major_outage']);

    const login = components.find((c) => c.id === fixtureId('component', 1))!;
    const snap = s.components[0]!;
    expect(login).toEqual({
      id: snap.id,
      name: 'Login',
      status: snap.status,
      created_at: snap.created_at,
      updated_at: snap.updated_at,
      position: 1,
      description: 'Everything about login.',
      showcase: true,
      start_date: '2025-10-27',
      group_id: fixtureId('group', 1),
      page_id: s.page.id,
      group: false,
      only_show_if_degraded: false,
    });
    expect(components.find((c) => c.id === fixtureId('component', 2))!.description).toBeNull();
    // Every component keeps its own status from the snapshot.
    for (const c of s.components) expect(components.find((x) => x.id === c.id)!.status).toBe(c.status);
  });

  it('place components outside any group after the groups', () => {
    const s = buildSnapshot();
    s.components.push({
      ...s.components[0]!,
      id: 'loose-1',
      group_id: null,
      name: { nl: 'Los', en: 'Loose' },
    });
    const { components } = documents(s).components;
    const loose = components.at(-1)!;
    expect(loose).toMatchObject({ id: 'loose-1', name: 'Loose', group: false, group_id: null, position: 4 });
  });

  it('give each incident with its updates, newest first, field by field', () => {
    const s = buildSnapshot();
    const { incidents } = documents(s);
    const snap = s.incidents.find((i) => i.id === fixtureId('incident', 1))!;
    const inc = incidents.incidents.find((i) => i.id === snap.id)!;
    expect(inc.name).toBe('Login works again');
    expect(inc.status).toBe('monitoring');
    expect(inc.impact).toBe('major');
    expect(inc.created_at).toBe(snap.created_at);
    expect(inc.started_at).toBe(snap.created_at);
    expect(inc.updated_at).toBe(snap.updated_at);
    expect(inc.monitoring_at).toBe(snap.updates[0]!.created_at);
    expect(inc.resolved_at).toBeNull();
    expect(inc.shortlink).toBe(`${FIXTURE_URL}/status/incidents/${snap.id}`);
    expect(inc.page_id).toBe(s.page.id);
    expect(inc.incident_updates.map((u) => u.id)).toEqual(snap.updates.map((u) => u.id));
    expect(inc.incident_updates.map((u) => u.status)).toEqual([
      'monitoring',
      'identified',
      'identified',
      'investigating',
    ]);
    const first = inc.incident_updates.at(-1)!;
    expect(first).toEqual({
      id: snap.updates.at(-1)!.id,
      status: 'investigating',
      // Markdown becomes plain text: widgets show Statuspage's bodies as text.
      body: 'Some customers cannot log in. We are finding out why.',
      incident_id: snap.id,
      created_at: snap.updates.at(-1)!.created_at,
      updated_at: snap.updates.at(-1)!.created_at,
      display_at: snap.updates.at(-1)!.created_at,
      affected_components: [
        {
          code: fixtureId('component', 1),
          name: 'Login',
          old_status: 'operational',
          new_status: 'partial_outage',
        },
      ],
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    });
    expect(inc.incident_updates[0]!.body).toBe(
      'Login works again. We are keeping an eye on it. More on https://www.example.nl/news.',
    );
    // An update that changed no component has null, as Statuspage gives it.
    const noChange = incidents.incidents
      .find((i) => i.id === fixtureId('incident', 2))!
      .incident_updates.find((u) => u.body === 'We are still looking into it.')!;
    expect(noChange.affected_components).toBeNull();
    // The incident's components are the components.json entries of what it touched.
    const all = documents(s).components.components;
    expect(inc.components).toEqual(snap.component_ids.map((id) => all.find((c) => c.id === id)));
    expect(inc.components.map((c) => c.name)).toEqual(['Login', 'Case files']);
  });

  it('resolve incidents with resolved_at, and keep resolved ones out of unresolved and the summary', () => {
    const s = buildSnapshot();
    const docs = documents(s);
    const open = s.incidents.filter((i) => i.status !== 'resolved').map((i) => i.id);
    expect(open).toHaveLength(3);
    expect(docs.unresolved.incidents.map((i) => i.id)).toEqual(open);
    expect(docs.summary.incidents.map((i) => i.id)).toEqual(open);
    expect(docs.incidents.incidents.map((i) => i.id)).toEqual(s.incidents.map((i) => i.id));
    const resolved = docs.incidents.incidents.filter((i) => i.status === 'resolved');
    expect(resolved).toHaveLength(2);
    for (const r of resolved) {
      const snap = s.incidents.find((i) => i.id === r.id)!;
      expect(r.resolved_at).toBe(snap.resolved_at);
      expect(r.incident_updates[0]!.status).toBe('resolved');
    }
    // The invoice incident went through monitoring before it was resolved.
    const invoices = resolved.find((r) => r.name === 'Invoices work again')!;
    expect(invoices.monitoring_at).toBe(invoices.incident_updates[1]!.created_at);
    for (const i of [...docs.unresolved.incidents, ...docs.summary.incidents])
      expect(['investigating', 'identified', 'monitoring']).toContain(i.status);
  });

  it('list the 50 most recent incidents in incidents.json, always with every unresolved one', () => {
    const s = buildSnapshot();
    const template = s.incidents.find((i) => i.status === 'resolved')!;
    for (let n = 0; n < 60; n++) {
      const at = new Date(Date.parse(s.generated_at) - (n + 1) * 3_600_000).toISOString();
      s.incidents.push({ ...template, id: `old-${n}`, created_at: at, updated_at: at, resolved_at: at });
    }
    const docs = documents(s);
    expect(docs.incidents.incidents).toHaveLength(50);
    for (const id of s.incidents.filter((i) => i.status !== 'resolved').map((i) => i.id))
      expect(docs.incidents.incidents.map((i) => i.id)).toContain(id);
    expect(docs.unresolved.incidents).toHaveLength(3);
  });

  it('split maintenance into upcoming and active, leave cancelled out, and give Statuspage’s statuses', () => {
    const s = buildSnapshot();
    const docs = documents(s);
    const id = (n: number) => fixtureId('maintenance', n);
    expect(docs.upcoming.scheduled_maintenances.map((m) => m.id)).toEqual([id(2)]);
    expect(docs.active.scheduled_maintenances.map((m) => m.id)).toEqual([id(1)]);
    expect(docs.summary.scheduled_maintenances.map((m) => m.id)).toEqual([id(1), id(2)]);
    // Newest first; the cancelled one (4) is not in any document: Statuspage has no such status.
    expect(docs.maintenances.scheduled_maintenances.map((m) => m.id)).toEqual([id(2), id(1), id(3)]);
    expect(JSON.stringify(v2Documents(s))).not.toContain(id(4));

    for (const m of docs.upcoming.scheduled_maintenances) expect(m.status).toBe('scheduled');
    for (const m of docs.active.scheduled_maintenances)
      expect(['in_progress', 'verifying']).toContain(m.status);

    const [upcoming, active, completed] = docs.maintenances.scheduled_maintenances as [
      (typeof docs.maintenances.scheduled_maintenances)[number],
      (typeof docs.maintenances.scheduled_maintenances)[number],
      (typeof docs.maintenances.scheduled_maintenances)[number],
    ];
    const snap = s.maintenances.find((m) => m.id === id(2))!;
    expect(upcoming).toMatchObject({
      name: 'Customer portal maintenance',
      status: 'scheduled',
      impact: 'maintenance',
      scheduled_for: snap.scheduled_for,
      scheduled_until: snap.scheduled_until,
      created_at: snap.created_at,
      monitoring_at: null,
      resolved_at: null,
      page_id: s.page.id,
    });
    expect(upcoming.incident_updates).toHaveLength(1);
    expect(upcoming.incident_updates[0]).toMatchObject({
      status: 'scheduled',
      body: 'The customer portal is unavailable for two hours on Sunday night.',
      incident_id: id(2),
    });
    expect(upcoming.components.map((c) => c.name)).toEqual([
      'Login',
      'Case files',
      'Document upload',
      'Appointments',
    ]);

    expect(active.status).toBe('in_progress');
    expect(active.incident_updates.map((u) => u.status)).toEqual(['in_progress', 'scheduled']);
    expect(active.incident_updates[0]!.created_at).toBe(active.scheduled_for);
    expect(active.components.map((c) => [c.name, c.status])).toEqual([
      ['Telephone exchange', 'under_maintenance'],
    ]);

    expect(completed.status).toBe('completed');
    expect(completed.incident_updates.map((u) => u.status)).toEqual([
      'completed',
      'in_progress',
      'scheduled',
    ]);
    expect(completed.resolved_at).toBe(completed.scheduled_until);
    expect(completed.incident_updates[0]!.body).toBe('The scheduled maintenance has been completed.');
  });

  it('sum the page up in status, the same in summary and status.json', () => {
    const s = buildSnapshot();
    const docs = documents(s);
    // iDEAL is down (major outage) and an open incident has critical impact.
    expect(docs.status.status.indicator).toBe('critical');
    expect(docs.summary.status).toEqual(docs.status.status);

    const calm = buildSnapshot();
    calm.incidents = calm.incidents.filter((i) => i.status === 'resolved');
    calm.maintenances = calm.maintenances.filter((m) => m.status !== 'in_progress');
    for (const c of calm.components) c.status = 'operational';
    const seen = [documents(calm).status.status];
    expect(seen[0]).toEqual({ indicator: 'none', description: 'All Systems Operational' });
    calm.components[3]!.status = 'under_maintenance';
    seen.push(documents(calm).status.status);
    calm.components[4]!.status = 'degraded_performance';
    seen.push(documents(calm).status.status);
    calm.components[5]!.status = 'partial_outage';
    seen.push(documents(calm).status.status);
    calm.components[6]!.status = 'major_outage';
    seen.push(documents(calm).status.status);
    expect(seen.map((x) => x.indicator)).toEqual(['none', 'maintenance', 'minor', 'major', 'critical']);
    // Each state has its own English sentence.
    expect(new Set(seen.map((x) => x.description)).size).toBe(5);
    // An open incident's impact counts even when every component is operational.
    const quiet = buildSnapshot();
    for (const c of quiet.components) c.status = 'operational';
    quiet.maintenances = [];
    quiet.incidents = quiet.incidents.filter((i) => i.impact === 'minor');
    expect(documents(quiet).status.status.indicator).toBe('minor');
  });

  it('contain nothing from outside the snapshot, and only English texts', () => {
    const s = buildSnapshot();
    // An update points at a component that is no longer on the page, and an incident lists it too.
    s.incidents[0]!.updates[0]!.affected_components.push({
      id: 'removed-component',
      new_status: 'major_outage',
      old_status: 'operational',
    });
    s.incidents[0]!.component_ids.push('removed-component');
    const json = JSON.stringify(v2Documents(s));
    expect(json).not.toContain('removed-component');

    const known = new Set<string>([
      s.page.id,
      ...s.groups.map((g) => g.id),
      ...s.components.map((c) => c.id),
      ...s.incidents.flatMap((i) => [i.id, ...i.updates.map((u) => u.id)]),
      ...s.maintenances.map((m) => m.id),
    ]);
    const ids: string[] = [];
    const strings: string[] = [];
    const walk = (value: unknown, key: string) => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, k);
      else if (typeof value === 'string') {
        strings.push(value);
        if (['id', 'code', 'incident_id', 'page_id', 'group_id', 'components'].includes(key)) ids.push(value);
      }
    };
    walk(JSON.parse(json), '');
    for (const id of ids) {
      // A maintenance's own updates are named after it.
      const owner = /^(.*)-(scheduled|in-progress|completed)$/.exec(id)?.[1];
      expect(known.has(id) || (owner !== undefined && s.maintenances.some((m) => m.id === owner)), id).toBe(
        true,
      );
    }
    // Dutch texts (those that differ from their English) never appear: the documents are in English.
    const dutch = [
      ...s.components.map((c) => c.name),
      ...s.groups.map((g) => g.name),
      ...s.incidents.flatMap((i) => i.updates.flatMap((u) => [u.subject, u.body])),
      ...s.maintenances.flatMap((m) => [m.name, m.body]),
    ].filter((l) => l.nl !== l.en);
    expect(dutch.length).toBeGreaterThan(20);
    for (const l of dutch) expect(strings).not.toContain(l.nl);
    expect(json).not.toContain('Inloggen');
  });

  it('are the same for the same snapshot, and plain JSON', () => {
    const s = buildSnapshot();
    const a = v2Documents(s);
    expect(v2Documents(structuredClone(s))).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
