// The public status page's tables: settings, components and their status log, maintenance, the status-page part of
// a message, subscribers. Part of the Kysely schema: schema.ts re-exports it and lists the tables in `Database`.

/** The status page's settings: one row, id 'page'. */
export interface StatusSettingsTable {
  id: string;
  title: string;
  logo_url: string | null;
  accent_color: string;
  time_zone: string;
  /** JSON: [{label: {nl, en}, url}] */
  footer_links: string;
  updated_at: string;
}

export interface StatusComponentGroupTable {
  id: string;
  name_nl: string;
  name_en: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface StatusComponentTable {
  id: string;
  group_id: string | null;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
  position: number;
  status: string;
  status_changed_at: string;
  created_at: string;
  updated_at: string;
  /** Removed from the page; the row stays for the history. */
  removed_at: string | null;
}

/** Every status a component took: created | direct | message | maintenance. */
export interface StatusComponentChangeTable {
  id: string;
  component_id: string;
  status: string;
  previous_status: string | null;
  at: string;
  source: string;
  source_id: string | null;
}

export interface StatusMaintenanceTable {
  id: string;
  title_nl: string;
  title_en: string;
  body_nl: string;
  body_en: string;
  scheduled_for: string;
  scheduled_until: string;
  /** JSON array of component ids. */
  component_ids: string;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
  started_notice_at: string | null;
  ended_notice_at: string | null;
}

/** The status-page part of a message. */
export interface MessageStatusUpdateTable {
  message_id: string;
  incident_status: string;
  impact: string;
  /** JSON: [{id, status}] */
  components: string;
  /** JSON at publication: [{id, old_status, new_status}]; null before. */
  applied: string | null;
}

/** A subscriber of the public status page (email with double opt-in, or webhook). */
export interface StatusSubscriberTable {
  id: string;
  kind: string;
  address: string;
  language: string;
  /** JSON array of component ids; null: everything. */
  component_ids: string | null;
  token: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  source: string;
}

/**
 * A status-page notice to many subscribers (migration 0013): written in the publication's transaction, expanded into
 * deliveries by the outbox worker in batches, a cursor over the subscribers' ids.
 */
export interface StatusFanOutTable {
  id: string;
  /** The notice's key (incident:<update id>, maintenance:<id>:<phase>): one job per notice. */
  notice_key: string;
  /** JSON written and read by src/app/status-page/subscribers-fan-out.ts. */
  plan: string;
  /** Subscribers with an id above this one are still to be expanded. */
  after_id: string;
  expanded: number;
  created_at: string;
  done_at: string | null;
}
