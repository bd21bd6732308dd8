// What the public status page shows, as one value: loaded from the database once per change
// (`app/status-page/load-snapshot.ts`), rendered into every page, feed and JSON document (`src/status-page/`).
// It holds only what was published to the status page: never a restricted or exercise incident, never an
// internal title or text. Texts are given in both languages; the loader fills a missing language from the other.
import type { ComponentStatus, Impact, IncidentStatus, MaintenanceStatus } from './values.js';

export interface Localised {
  nl: string;
  en: string;
}

export interface SnapshotPage {
  /** Stable id of the page (the organisation id). */
  id: string;
  /** The page title: the setting, else the organisation's name. */
  name: string;
  /** The public base URL (`STORMBELL_PUBLIC_URL`), without a trailing slash. */
  url: string;
  /** IANA time zone the page shows times in (a setting; default Europe/Amsterdam). */
  time_zone: string;
  /** The newest change of anything on the page (ISO UTC). */
  updated_at: string;
  /** An https URL, or null. */
  logo_url: string | null;
  /** `#rrggbb`, the accent colour. */
  accent_color: string;
  footer_links: { label: Localised; url: string }[];
}

export interface SnapshotGroup {
  id: string;
  name: Localised;
  position: number;
  /** Its components' ids, in display order. */
  component_ids: string[];
}

export interface SnapshotComponent {
  id: string;
  group_id: string | null;
  name: Localised;
  description: Localised | null;
  position: number;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  /**
   * The worst status per day for the last HISTORY_DAYS days in the page's time zone, oldest first, for the
   * uptime bars; days before the component existed are null.
   */
  days: (ComponentStatus | null)[];
}

export interface SnapshotAffectedComponent {
  id: string;
  /** The status the update set (the component's status just before it is `old_status`). */
  new_status: ComponentStatus;
  old_status: ComponentStatus;
}

export interface SnapshotIncidentUpdate {
  /** The message id. */
  id: string;
  status: IncidentStatus;
  /** Markdown (as written in the message; the renderer escapes HTML). */
  body: Localised;
  /** The message subject in each language. */
  subject: Localised;
  created_at: string;
  affected_components: SnapshotAffectedComponent[];
}

export interface SnapshotIncident {
  /** The incident id. */
  id: string;
  /** The subject of its newest status-page update. */
  name: Localised;
  /** Of its newest update. */
  status: IncidentStatus;
  /** The highest impact any of its updates gave. */
  impact: Impact;
  /** When its first update was published. */
  created_at: string;
  /** When its newest update was published. */
  updated_at: string;
  /** When an update set `resolved` (and no later one reopened it), else null. */
  resolved_at: string | null;
  /** Every component any update touched, in display order. */
  component_ids: string[];
  /** Newest first. */
  updates: SnapshotIncidentUpdate[];
}

export interface SnapshotMaintenance {
  id: string;
  name: Localised;
  /** Markdown. */
  body: Localised;
  status: MaintenanceStatus;
  scheduled_for: string;
  scheduled_until: string;
  created_at: string;
  updated_at: string;
  component_ids: string[];
}

export interface StatusSnapshot {
  /** When this snapshot was loaded (ISO UTC); maintenance statuses are as of this moment. */
  generated_at: string;
  page: SnapshotPage;
  /** In display order. */
  groups: SnapshotGroup[];
  /** All components in display order (grouped ones in their group's order, ungrouped after them). */
  components: SnapshotComponent[];
  /** Every unresolved incident, and resolved ones of the last HISTORY_DAYS days; newest first. */
  incidents: SnapshotIncident[];
  /**
   * Upcoming and in-progress maintenance, and maintenance completed or cancelled in the last HISTORY_DAYS days;
   * soonest first.
   */
  maintenances: SnapshotMaintenance[];
  /**
   * The earliest future moment at which the snapshot changes by itself (a maintenance starts or ends), or null;
   * the cache loads a new one then.
   */
  next_change_at: string | null;
}
