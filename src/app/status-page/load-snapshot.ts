// Loads everything the public status page shows, as one value, in a handful of queries (no query per component or
// incident): it runs once per change, and under a traffic spike the pages are rendered from it, not from the
// database. Only updates published to the status page appear, never of an exercise or need-to-know incident.
import { dayBuckets } from '../../core/status-page/days.js';
import { maintenanceStatus, nextMaintenanceChange } from '../../core/status-page/maintenance.js';
import type {
  Localised,
  SnapshotAffectedComponent,
  SnapshotComponent,
  SnapshotGroup,
  SnapshotIncident,
  SnapshotIncidentUpdate,
  SnapshotMaintenance,
  StatusSnapshot,
} from '../../core/status-page/snapshot.js';
import { localised } from '../../core/status-page/validate.js';
import {
  HISTORY_DAYS,
  type ComponentStatus,
  type Impact,
  type IncidentStatus,
} from '../../core/status-page/values.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { listContents, type MessageContentRow } from '../../store/repos/messages.js';
import {
  componentChangesSince,
  listComponents,
  listGroups,
  listMaintenances,
  listPublishedStatusUpdates,
  type ComponentRow,
  type PublishedStatusUpdate,
} from '../../store/repos/status-page.js';
import type { Tx } from '../../store/db.js';
import type { Ctx } from '../context.js';
import { footerLinksOf, maintenanceComponentIds, settingsOrDefault } from './present.js';

const DAY_MS = 86_400_000;
const impactRank: Record<Impact, number> = { none: 0, minor: 1, major: 2, critical: 3 };
const latest = (times: Array<string | null | undefined>) =>
  times.reduce<string>((a, b) => (b && b > a ? b : a), '');

/** Components in display order: grouped ones in their group's order, ungrouped ones after them. */
function displayOrder(groups: SnapshotGroup[], components: ComponentRow[]): ComponentRow[] {
  const groupIds = new Set(groups.map((g) => g.id));
  return [
    ...groups.flatMap((g) => components.filter((c) => c.group_id === g.id)),
    ...components.filter((c) => c.group_id === null || !groupIds.has(c.group_id)),
  ];
}

async function contentsOf(tx: Tx, ids: string[]): Promise<MessageContentRow[]> {
  const out: MessageContentRow[] = [];
  // In slices, so a long history never exceeds a driver's limit on bound parameters.
  for (let i = 0; i < ids.length; i += 500) out.push(...(await listContents(tx, ids.slice(i, i + 500))));
  return out;
}

interface StoredComponentStatus {
  id: string;
  status: ComponentStatus;
}

function incidentsOf(
  updates: PublishedStatusUpdate[],
  contents: Map<string, MessageContentRow[]>,
  shown: Map<string, number>,
): SnapshotIncident[] {
  const byIncident = new Map<string, PublishedStatusUpdate[]>();
  for (const u of updates) byIncident.set(u.incident_id, [...(byIncident.get(u.incident_id) ?? []), u]);
  const incidents: SnapshotIncident[] = [];
  for (const [incidentId, list] of byIncident) {
    const newestFirst: SnapshotIncidentUpdate[] = [...list].reverse().map((u) => {
      const texts = contents.get(u.id) ?? [];
      const of = (lang: string) => texts.find((c) => c.language === lang);
      const applied = u.applied
        ? (JSON.parse(u.applied) as SnapshotAffectedComponent[])
        : (JSON.parse(u.components) as StoredComponentStatus[]).map((c) => ({
            id: c.id,
            new_status: c.status,
            old_status: c.status,
          }));
      return {
        id: u.id,
        status: u.incident_status as IncidentStatus,
        body: localised(of('nl')?.body, of('en')?.body),
        subject: localised(of('nl')?.subject, of('en')?.subject),
        created_at: u.published_at,
        affected_components: applied
          .filter((a) => shown.has(a.id))
          .map((a) => ({ id: a.id, new_status: a.new_status, old_status: a.old_status })),
      };
    });
    const newest = newestFirst[0]!;
    // Resolved when the newest update says so; from the first of the resolving updates at the end.
    let resolvedAt: string | null = null;
    for (const u of newestFirst) {
      if (u.status !== 'resolved') break;
      resolvedAt = u.created_at;
    }
    const touched = new Set(newestFirst.flatMap((u) => u.affected_components.map((a) => a.id)));
    incidents.push({
      id: incidentId,
      name: newest.subject,
      status: newest.status,
      impact: list
        .map((u) => u.impact as Impact)
        .reduce<Impact>((a, b) => (impactRank[b] > impactRank[a] ? b : a), 'none'),
      created_at: list[0]!.published_at,
      updated_at: newest.created_at,
      resolved_at: resolvedAt,
      component_ids: [...touched].sort((a, b) => shown.get(a)! - shown.get(b)!),
      updates: newestFirst,
    });
  }
  return incidents;
}

export async function loadStatusSnapshot(ctx: Ctx): Promise<StatusSnapshot> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  // A day more than the window, so the first day's start is covered in any time zone.
  const since = new Date(now.getTime() - (HISTORY_DAYS + 1) * DAY_MS).toISOString();

  const [org, { row: settings }, groupRows, componentRows, changes, maintenanceRows, updates] =
    await Promise.all([
      getOrganisation(db),
      settingsOrDefault(db),
      listGroups(db),
      listComponents(db),
      componentChangesSince(db, since),
      listMaintenances(db, since),
      listPublishedStatusUpdates(db),
    ]);
  const timeZone = settings.time_zone;

  const groups: SnapshotGroup[] = groupRows.map((g) => ({
    id: g.id,
    name: localised(g.name_nl, g.name_en),
    position: Number(g.position),
    component_ids: componentRows.filter((c) => c.group_id === g.id).map((c) => c.id),
  }));
  const ordered = displayOrder(groups, componentRows);
  const shown = new Map(ordered.map((c, i) => [c.id, i]));

  const maintenances: SnapshotMaintenance[] = maintenanceRows.map((m) => ({
    id: m.id,
    name: localised(m.title_nl, m.title_en),
    body: localised(m.body_nl, m.body_en),
    status: maintenanceStatus(m, now),
    scheduled_for: m.scheduled_for,
    scheduled_until: m.scheduled_until,
    created_at: m.created_at,
    updated_at: m.updated_at,
    component_ids: maintenanceComponentIds(m)
      .filter((id) => shown.has(id))
      .sort((a, b) => shown.get(a)! - shown.get(b)!),
  }));
  const inMaintenance = new Set(
    maintenances.filter((m) => m.status === 'in_progress').flatMap((m) => m.component_ids),
  );
  const windowsOf = new Map<string, Array<{ scheduled_for: string; scheduled_until: string }>>();
  for (const m of maintenances)
    if (m.status !== 'cancelled')
      for (const id of m.component_ids) windowsOf.set(id, [...(windowsOf.get(id) ?? []), m]);
  const changesOf = new Map<string, Array<{ at: string; status: ComponentStatus }>>();
  for (const c of changes)
    changesOf.set(c.component_id, [
      ...(changesOf.get(c.component_id) ?? []),
      { at: c.at, status: c.status as ComponentStatus },
    ]);

  const components: SnapshotComponent[] = ordered.map((c) => {
    const stored = c.status as ComponentStatus;
    const description = localised(c.description_nl, c.description_en);
    return {
      id: c.id,
      group_id: c.group_id !== null && groups.some((g) => g.id === c.group_id) ? c.group_id : null,
      name: localised(c.name_nl, c.name_en),
      description: description.nl || description.en ? description : null,
      position: Number(c.position),
      // Running maintenance shows on a component nothing worse has happened to.
      status: stored === 'operational' && inMaintenance.has(c.id) ? 'under_maintenance' : stored,
      created_at: c.created_at,
      updated_at: latest([c.updated_at, c.status_changed_at]),
      days: dayBuckets({
        created_at: c.created_at,
        changes: changesOf.get(c.id) ?? [{ at: c.created_at, status: stored }],
        maintenances: windowsOf.get(c.id) ?? [],
        now,
        timeZone,
        days: HISTORY_DAYS,
      }),
    };
  });

  // Incidents: all unresolved, and those resolved within the window; texts only for those.
  const cutoff = new Date(now.getTime() - HISTORY_DAYS * DAY_MS).toISOString();
  const draftIncidents = incidentsOf(updates, new Map(), shown).filter(
    (i) => i.resolved_at === null || i.resolved_at >= cutoff,
  );
  const keep = new Set(draftIncidents.map((i) => i.id));
  const kept = updates.filter((u) => keep.has(u.incident_id));
  const contents = new Map<string, MessageContentRow[]>();
  for (const c of await contentsOf(
    db,
    kept.map((u) => u.id),
  ))
    contents.set(c.message_id, [...(contents.get(c.message_id) ?? []), c]);
  const incidents = incidentsOf(kept, contents, shown).sort((a, b) =>
    a.created_at === b.created_at ? a.id.localeCompare(b.id) : a.created_at < b.created_at ? 1 : -1,
  );

  const links = footerLinksOf(settings).map((l) => ({
    label: localised(l.label.nl, l.label.en),
    url: l.url,
  }));
  const passed = (t: string) => (t <= nowIso ? t : null);
  const updatedAt =
    latest([
      settings.updated_at,
      ...groupRows.map((g) => g.updated_at),
      ...components.map((c) => c.updated_at),
      ...maintenances.flatMap((m) => [m.updated_at, passed(m.scheduled_for), passed(m.scheduled_until)]),
      ...incidents.map((i) => i.updated_at),
    ]) ||
    org?.created_at ||
    nowIso;

  return {
    generated_at: nowIso,
    page: {
      id: org?.id ?? 'org',
      name: settings.title || org?.name || '',
      url: ctx.config.publicUrl.replace(/\/+$/, ''),
      time_zone: timeZone,
      updated_at: updatedAt,
      logo_url: settings.logo_url,
      accent_color: settings.accent_color,
      footer_links: links as Array<{ label: Localised; url: string }>,
    },
    groups,
    components,
    incidents,
    maintenances,
    next_change_at: nextMaintenanceChange(maintenanceRows, now),
  };
}
