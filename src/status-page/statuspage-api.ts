// The Statuspage-compatible public JSON (/api/v2/*.json): the same documents, field names, nesting and value sets as
// Atlassian Statuspage's public API v2, so widgets and aggregators written for Statuspage read ours unchanged. Pure
// functions of the snapshot; the cache serialises them once per change.
//
// Where the shapes were checked (Atlassian's v2 reference as republished by pages hosted on Statuspage, and public
// clients that parse it):
// - MongoDB's "cloud-status" API reference (mongodb.com/docs/api/doc/cloud-status): summary.json, status.json,
//   incidents/unresolved.json ("Investigating, Identified, or Monitoring"), scheduled-maintenances/upcoming.json
//   ("in the Scheduled state"); impact values none|minor|major|critical|maintenance.
// - npm `statuspage.io` (dist/interfaces/Result.d.ts, dist/api/*.d.ts): Component {created_at, description|null,
//   group, group_id|null, id, name, only_show_if_degraded, page_id, position, showcase, start_date|null, status,
//   updated_at}; page {id, name, time_zone, updated_at, url}; ScheduledMaintenance = Incident & {scheduled_for,
//   scheduled_until, status: scheduled|in_progress|verifying|completed}; incidents.json and
//   scheduled-maintenances.json are "the 50 most recent"; active = "In Progress or Verifying".
// - hikari's service-status tests (Discord's real payloads): group components carry `components: [ids]`; incident
//   {id, name, status, created_at, updated_at, monitoring_at, resolved_at, impact, shortlink, started_at, page_id,
//   incident_updates, components}; update {id, status, body, incident_id, created_at, updated_at, display_at,
//   affected_components, deliver_notifications, custom_tweet, tweet_id}.
// - affected_components entries are {code, name, old_status, new_status} (TypeScript typings of Statuspage clients).
// - status.indicator is also `maintenance` ("Service Under Maintenance") on real pages, beside none|minor|major|
//   critical; clients in the wild decode it (the overall state comes from core/status-page/indicator.ts).
//
// Language: Statuspage has one language per page and its texts are English, so these documents carry the English
// texts (Localised.en; the loader fills a missing English text from the Dutch one). Times stay ISO 8601 in UTC ("Z"),
// which every client that reads Statuspage's offset form reads too.
import { t } from '../core/i18n/index.js';
import { markdownToText } from '../core/markdown.js';
import { pageState, statuspageDescription, type Indicator } from '../core/status-page/indicator.js';
import { worstStatus } from '../core/status-page/order.js';
import type {
  SnapshotComponent,
  SnapshotIncident,
  SnapshotMaintenance,
  StatusSnapshot,
} from '../core/status-page/snapshot.js';
import type { ComponentStatus, Impact, IncidentStatus } from '../core/status-page/values.js';

export const v2Names = [
  'summary',
  'status',
  'components',
  'incidents',
  'incidents/unresolved',
  'scheduled-maintenances',
  'scheduled-maintenances/upcoming',
  'scheduled-maintenances/active',
] as const;
/** A document's name; it is served at `/api/v2/{name}.json`. */
export type V2Name = (typeof v2Names)[number];

export interface V2Page {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export interface V2Status {
  indicator: Indicator;
  description: string;
}

export interface V2Component {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** Only on a group: its components' ids. */
  components?: string[];
}

export interface V2AffectedComponent {
  code: string;
  name: string;
  old_status: ComponentStatus;
  new_status: ComponentStatus;
}

export type V2MaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed';

export interface V2IncidentUpdate {
  id: string;
  status: IncidentStatus | V2MaintenanceStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: V2AffectedComponent[] | null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
}

export interface V2Incident {
  id: string;
  name: string;
  status: IncidentStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: Impact;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: V2IncidentUpdate[];
  components: V2Component[];
}

export interface V2ScheduledMaintenance extends Omit<V2Incident, 'status' | 'impact'> {
  status: V2MaintenanceStatus;
  impact: 'maintenance';
  scheduled_for: string;
  scheduled_until: string;
}

export interface V2Documents {
  summary: {
    page: V2Page;
    components: V2Component[];
    incidents: V2Incident[];
    scheduled_maintenances: V2ScheduledMaintenance[];
    status: V2Status;
  };
  status: { page: V2Page; status: V2Status };
  components: { page: V2Page; components: V2Component[] };
  incidents: { page: V2Page; incidents: V2Incident[] };
  'incidents/unresolved': { page: V2Page; incidents: V2Incident[] };
  'scheduled-maintenances': { page: V2Page; scheduled_maintenances: V2ScheduledMaintenance[] };
  'scheduled-maintenances/upcoming': { page: V2Page; scheduled_maintenances: V2ScheduledMaintenance[] };
  'scheduled-maintenances/active': { page: V2Page; scheduled_maintenances: V2ScheduledMaintenance[] };
}

/** Statuspage's incidents.json and scheduled-maintenances.json hold "the 50 most recent". */
const RECENT = 50;

const iso = (value: string): string => new Date(value).toISOString();

/** The calendar day (YYYY-MM-DD) of an instant in the page's time zone. */
function dayIn(value: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(value));
}

const plain = (markdown: string): string => markdownToText(markdown);

function v2Page(s: StatusSnapshot): V2Page {
  return {
    id: s.page.id,
    name: s.page.name,
    url: s.page.url,
    time_zone: s.page.time_zone,
    updated_at: iso(s.page.updated_at),
  };
}

function v2Status(s: StatusSnapshot): V2Status {
  const { indicator } = pageState(s);
  return { indicator, description: statuspageDescription[indicator] };
}

/**
 * Every component, and one component with `group: true` per group, as Statuspage lists them: a group first, then
 * its members, then the components outside any group. Positions count from 1 among the top-level entries and
 * within each group.
 */
function v2Components(s: StatusSnapshot): V2Component[] {
  const byId = new Map(s.components.map((c) => [c.id, c]));
  const out: V2Component[] = [];
  const member = (c: SnapshotComponent, position: number, groupId: string | null): V2Component => ({
    id: c.id,
    name: c.name.en,
    status: c.status,
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
    position,
    description: c.description?.en ? c.description.en : null,
    showcase: true,
    start_date: dayIn(c.created_at, s.page.time_zone),
    group_id: groupId,
    page_id: s.page.id,
    group: false,
    only_show_if_degraded: false,
  });
  let top = 0;
  const grouped = new Set<string>();
  for (const g of s.groups) {
    const members = g.component_ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    if (members.length === 0) continue; // Statuspage hides an empty group.
    members.forEach((c) => grouped.add(c.id));
    const times = members.map((c) => Date.parse(c.created_at));
    const changes = members.map((c) => Date.parse(c.updated_at));
    out.push({
      id: g.id,
      name: g.name.en,
      status: worstStatus(members.map((c) => c.status)),
      created_at: new Date(Math.min(...times)).toISOString(),
      updated_at: new Date(Math.max(...changes)).toISOString(),
      position: ++top,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: s.page.id,
      group: true,
      only_show_if_degraded: false,
      components: members.map((c) => c.id),
    });
    members.forEach((c, i) => out.push(member(c, i + 1, g.id)));
  }
  for (const c of s.components) if (!grouped.has(c.id)) out.push(member(c, ++top, null));
  return out;
}

function v2Incident(
  s: StatusSnapshot,
  incident: SnapshotIncident,
  components: Map<string, V2Component>,
): V2Incident {
  const names = new Map(s.components.map((c) => [c.id, c.name.en]));
  // Updates are newest first (as in Statuspage); monitoring_at is when it last went into monitoring.
  const monitoring = incident.updates.find((u) => u.status === 'monitoring');
  return {
    id: incident.id,
    name: incident.name.en,
    status: incident.status,
    created_at: iso(incident.created_at),
    updated_at: iso(incident.updated_at),
    monitoring_at: monitoring ? iso(monitoring.created_at) : null,
    resolved_at: incident.resolved_at ? iso(incident.resolved_at) : null,
    impact: incident.impact,
    shortlink: `${s.page.url}/status/incidents/${encodeURIComponent(incident.id)}`,
    started_at: iso(incident.created_at),
    page_id: s.page.id,
    incident_updates: incident.updates.map((u) => {
      const affected = u.affected_components
        .filter((a) => names.has(a.id))
        .map((a) => ({
          code: a.id,
          name: names.get(a.id)!,
          old_status: a.old_status,
          new_status: a.new_status,
        }));
      return {
        id: u.id,
        status: u.status,
        body: plain(u.body.en),
        incident_id: incident.id,
        created_at: iso(u.created_at),
        updated_at: iso(u.created_at),
        display_at: iso(u.created_at),
        affected_components: affected.length > 0 ? affected : null,
        deliver_notifications: true,
        custom_tweet: null,
        tweet_id: null,
      };
    }),
    components: incident.component_ids.flatMap((id) => (components.has(id) ? [components.get(id)!] : [])),
  };
}

/**
 * A maintenance as Statuspage shows one: its updates are the announcement and, as the clock passes its times, the
 * "in progress" and "completed" notes Statuspage itself writes. A cancelled maintenance is left out: Statuspage has
 * no such status (a called-off maintenance is deleted there), and "completed" would say it happened.
 */
function v2Maintenance(
  s: StatusSnapshot,
  m: SnapshotMaintenance,
  components: Map<string, V2Component>,
): V2ScheduledMaintenance | null {
  if (m.status === 'cancelled') return null;
  const status: V2MaintenanceStatus = m.status;
  const update = (
    suffix: string,
    st: V2MaintenanceStatus,
    body: string,
    at: string,
    changed = at,
  ): V2IncidentUpdate => ({
    id: `${m.id}-${suffix}`,
    status: st,
    body,
    incident_id: m.id,
    created_at: iso(at),
    updated_at: iso(changed),
    display_at: iso(at),
    affected_components: null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  });
  const updates: V2IncidentUpdate[] = [];
  if (status === 'completed')
    updates.push(
      update('completed', 'completed', t('en', 'pages.v2.maintenance.completed'), m.scheduled_until),
    );
  if (status === 'in_progress' || status === 'completed')
    updates.push(
      update('in-progress', 'in_progress', t('en', 'pages.v2.maintenance.in_progress'), m.scheduled_for),
    );
  updates.push(update('scheduled', 'scheduled', plain(m.body.en) || m.name.en, m.created_at, m.updated_at));
  const updatedAt = updates.reduce(
    (a, u) => (Date.parse(u.updated_at) > Date.parse(a) ? u.updated_at : a),
    iso(m.updated_at),
  );
  return {
    id: m.id,
    name: m.name.en,
    status,
    created_at: iso(m.created_at),
    updated_at: updatedAt,
    monitoring_at: null,
    resolved_at: status === 'completed' ? iso(m.scheduled_until) : null,
    impact: 'maintenance',
    shortlink: `${s.page.url}/status#maintenance-${encodeURIComponent(m.id)}`,
    started_at: iso(m.created_at),
    page_id: s.page.id,
    incident_updates: updates,
    components: m.component_ids.flatMap((id) => (components.has(id) ? [components.get(id)!] : [])),
    scheduled_for: iso(m.scheduled_for),
    scheduled_until: iso(m.scheduled_until),
  };
}

/** All eight documents of the snapshot, ready to be serialised. */
export function v2Documents(s: StatusSnapshot): V2Documents {
  const page = v2Page(s);
  const status = v2Status(s);
  const components = v2Components(s);
  const componentById = new Map(components.filter((c) => !c.group).map((c) => [c.id, c]));

  // The snapshot lists incidents newest first; keep that order.
  const incidents = s.incidents.map((i) => v2Incident(s, i, componentById));
  const unresolved = incidents.filter((i) => i.status !== 'resolved');
  const resolved = incidents.filter((i) => i.status === 'resolved');
  const recentIds = new Set(
    [...unresolved, ...resolved].slice(0, Math.max(RECENT, unresolved.length)).map((i) => i.id),
  );
  const recent = incidents.filter((i) => recentIds.has(i.id));

  // The snapshot lists maintenance soonest first: upcoming and active stay so; the full list is newest first.
  const maintenances = s.maintenances.flatMap((m) => v2Maintenance(s, m, componentById) ?? []);
  const upcoming = maintenances.filter((m) => m.status === 'scheduled');
  const active = maintenances.filter((m) => m.status === 'in_progress' || m.status === 'verifying');
  const allMaintenances = [...maintenances]
    .sort((a, b) => Date.parse(b.scheduled_for) - Date.parse(a.scheduled_for))
    .slice(0, RECENT);

  return {
    summary: {
      page,
      components,
      incidents: unresolved,
      scheduled_maintenances: [...active, ...upcoming],
      status,
    },
    status: { page, status },
    components: { page, components },
    incidents: { page, incidents: recent },
    'incidents/unresolved': { page, incidents: unresolved },
    'scheduled-maintenances': { page, scheduled_maintenances: allMaintenances },
    'scheduled-maintenances/upcoming': { page, scheduled_maintenances: upcoming },
    'scheduled-maintenances/active': { page, scheduled_maintenances: active },
  };
}
