// The value sets of the public status page. They are Atlassian Statuspage's, so widgets and aggregators written for
// Statuspage read ours unchanged (see /api/v2/*.json).

export const componentStatuses = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
] as const;
export type ComponentStatus = (typeof componentStatuses)[number];

/** A public incident's status, set by each update published to the status page. */
export const incidentStatuses = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

/** An incident's impact; the page's overall indicator uses the same set. */
export const impacts = ['none', 'minor', 'major', 'critical'] as const;
export type Impact = (typeof impacts)[number];

/** Scheduled maintenance, derived from its times (and `cancelled` when called off). */
export const maintenanceStatuses = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type MaintenanceStatus = (typeof maintenanceStatuses)[number];

/** The page is public for this many days back (the history page, feeds, incidents.json). */
export const HISTORY_DAYS = 90;
