// A scheduled maintenance's status follows from its times (and whether it was called off), and the next moment a
// maintenance starts or ends is when the public page changes by itself.
import type { MaintenanceStatus } from './values.js';

export interface MaintenanceTimes {
  scheduled_for: string;
  scheduled_until: string;
  cancelled_at: string | null;
}

export function maintenanceStatus(m: MaintenanceTimes, now: Date | string): MaintenanceStatus {
  if (m.cancelled_at) return 'cancelled';
  const t = typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (t < Date.parse(m.scheduled_for)) return 'scheduled';
  if (t < Date.parse(m.scheduled_until)) return 'in_progress';
  return 'completed';
}

/** The earliest start or end after `now` of a maintenance that was not called off, as ISO UTC; null if none. */
export function nextMaintenanceChange(ms: MaintenanceTimes[], now: Date | string): string | null {
  const t = typeof now === 'string' ? Date.parse(now) : now.getTime();
  let next: number | null = null;
  for (const m of ms) {
    if (m.cancelled_at) continue;
    for (const at of [Date.parse(m.scheduled_for), Date.parse(m.scheduled_until)])
      if (at > t && (next === null || at < next)) next = at;
  }
  return next === null ? null : new Date(next).toISOString();
}
