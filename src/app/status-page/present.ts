// What the status page's administration use cases share: rows as the API shows them, loading what a change
// refers to (or a 404), and the settings with their defaults.
import type {
  ComponentGroup,
  Maintenance,
  StatusComponent,
  StatusSettings,
} from '../../core/api/status-page.js';
import { DomainError, notFound } from '../../core/errors.js';
import { maintenanceStatus } from '../../core/status-page/maintenance.js';
import {
  componentIdProblems,
  DEFAULT_ACCENT_COLOR,
  DEFAULT_TIME_ZONE,
} from '../../core/status-page/validate.js';
import type { ComponentStatus } from '../../core/status-page/values.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import {
  getComponent,
  getGroup,
  getMaintenance,
  getSettings,
  listComponents,
  SETTINGS_ID,
  type ComponentGroupRow,
  type ComponentRow,
  type MaintenanceRow,
  type StatusSettingsRow,
} from '../../store/repos/status-page.js';
import type { Tx } from '../../store/db.js';
import type { Ctx } from '../context.js';

export function defaultSettings(at: string): StatusSettingsRow {
  return {
    id: SETTINGS_ID,
    title: '',
    logo_url: null,
    accent_color: DEFAULT_ACCENT_COLOR,
    time_zone: DEFAULT_TIME_ZONE,
    footer_links: '[]',
    updated_at: at,
  };
}

/** The stored settings, or the defaults (with no update time) before anyone saved them. */
export async function settingsOrDefault(tx: Tx): Promise<{ row: StatusSettingsRow; saved: boolean }> {
  const row = await getSettings(tx);
  return row ? { row, saved: true } : { row: defaultSettings(''), saved: false };
}

export type FooterLink = StatusSettings['footer_links'][number];
export const footerLinksOf = (row: StatusSettingsRow): FooterLink[] =>
  JSON.parse(row.footer_links) as FooterLink[];

export async function presentSettings(ctx: Ctx, tx: Tx): Promise<StatusSettings> {
  const [{ row, saved }, org] = await Promise.all([settingsOrDefault(tx), getOrganisation(tx)]);
  return {
    title: row.title,
    organisation_name: org?.name ?? '',
    logo_url: row.logo_url,
    accent_color: row.accent_color,
    time_zone: row.time_zone,
    footer_links: footerLinksOf(row),
    page_url: `${ctx.config.publicUrl}/status`,
    updated_at: saved ? row.updated_at : null,
  };
}

export const presentGroup = (g: ComponentGroupRow): ComponentGroup => ({
  id: g.id,
  name: { nl: g.name_nl, en: g.name_en },
  position: Number(g.position),
  created_at: g.created_at,
  updated_at: g.updated_at,
});

export const presentComponent = (c: ComponentRow): StatusComponent => ({
  id: c.id,
  group_id: c.group_id,
  name: { nl: c.name_nl, en: c.name_en },
  description: { nl: c.description_nl, en: c.description_en },
  position: Number(c.position),
  status: c.status as ComponentStatus,
  status_changed_at: c.status_changed_at,
  created_at: c.created_at,
  updated_at: c.updated_at,
});

export const maintenanceComponentIds = (m: MaintenanceRow): string[] =>
  JSON.parse(m.component_ids) as string[];

export const presentMaintenance = (m: MaintenanceRow, now: Date | string): Maintenance => ({
  id: m.id,
  title: { nl: m.title_nl, en: m.title_en },
  body: { nl: m.body_nl, en: m.body_en },
  status: maintenanceStatus(m, now),
  scheduled_for: m.scheduled_for,
  scheduled_until: m.scheduled_until,
  component_ids: maintenanceComponentIds(m),
  created_at: m.created_at,
  updated_at: m.updated_at,
  cancelled_at: m.cancelled_at,
});

export async function loadGroup(tx: Tx, id: string): Promise<ComponentGroupRow> {
  const g = await getGroup(tx, id);
  if (!g) throw notFound('status_group');
  return g;
}

export async function loadComponent(tx: Tx, id: string): Promise<ComponentRow> {
  const c = await getComponent(tx, id);
  if (!c) throw notFound('status_component');
  return c;
}

export async function loadMaintenance(tx: Tx, id: string): Promise<MaintenanceRow> {
  const m = await getMaintenance(tx, id);
  if (!m) throw notFound('maintenance');
  return m;
}

/** A group a component is put in must exist (field `group_id`). */
export async function requireGroup(tx: Tx, groupId: string | null | undefined): Promise<void> {
  if (groupId === null || groupId === undefined) return;
  if (!(await getGroup(tx, groupId)))
    throw new DomainError('invalid', 'error.invalid', {}, [
      { field: 'group_id', key: 'status.unknown_group', params: { id: groupId } },
    ]);
}

/** Every id must name a component on the page, once; else a field error per wrong item. */
export async function requireComponents(
  tx: Tx,
  ids: string[],
  field: (i: number) => string,
): Promise<ComponentRow[]> {
  if (ids.length === 0) return [];
  const rows = await listComponents(tx);
  const problems = componentIdProblems(ids, new Set(rows.map((r) => r.id)), field);
  if (problems.length > 0) throw new DomainError('invalid', 'error.invalid', {}, problems);
  const wanted = new Set(ids);
  return rows.filter((r) => wanted.has(r.id));
}

/** A text in both languages as stored: trimmed, missing parts empty. */
export const texts = (v: { nl: string; en: string } | undefined) => ({ nl: v?.nl ?? '', en: v?.en ?? '' });
