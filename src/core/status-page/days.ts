// The worst status of a component on each of the last days, in the page's time zone, for the uptime bars.
import { worseStatus } from './order.js';
import type { ComponentStatus } from './values.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date | string, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  const parts = f.formatToParts(typeof at === 'string' ? new Date(at) : at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The `count` calendar dates ending with `last`, oldest first. */
export function datesEndingWith(last: string, count: number): string[] {
  const [y, m, d] = last.split('-').map(Number) as [number, number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--)
    out.push(new Date(Date.UTC(y, m - 1, d - i)).toISOString().slice(0, 10));
  return out;
}

export interface DayBucketInput {
  /** When the component was created (days before are null). */
  created_at: string;
  /** Every status the component took (creation included), in any order. */
  changes: Array<{ at: string; status: ComponentStatus }>;
  /** Maintenance windows (not cancelled) that covered the component: under_maintenance while they ran. */
  maintenances?: Array<{ scheduled_for: string; scheduled_until: string }>;
  now: Date | string;
  timeZone: string;
  days: number;
}

/**
 * The worst status per calendar day for the last `days` days (today included), oldest first: the status in force
 * when the day began, and every status set during it; null before the component existed.
 */
export function dayBuckets(input: DayBucketInput): (ComponentStatus | null)[] {
  const { timeZone } = input;
  const now = typeof input.now === 'string' ? input.now : input.now.toISOString();
  const dates = datesEndingWith(localDate(now, timeZone), input.days);
  const firstDate = dates[0]!;
  const createdDate = localDate(input.created_at, timeZone);
  const changes = input.changes
    .filter((c) => c.at <= now)
    .map((c) => ({ ...c, date: localDate(c.at, timeZone) }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  // The status in force when the window opens: the last one set before its first day.
  let current: ComponentStatus | null = null;
  let i = 0;
  while (i < changes.length && changes[i]!.date < firstDate) current = changes[i++]!.status;

  const worst = new Map<string, ComponentStatus>();
  for (const date of dates) {
    if (date < createdDate) continue;
    let w: ComponentStatus | null = current;
    while (i < changes.length && changes[i]!.date === date) {
      const s = changes[i++]!.status;
      w = w === null ? s : worseStatus(w, s);
      current = s;
    }
    // A component created without a recorded status counts as operational.
    worst.set(date, w ?? 'operational');
    current ??= 'operational';
  }

  for (const m of input.maintenances ?? []) {
    if (m.scheduled_for > now) continue;
    const from = localDate(m.scheduled_for, timeZone);
    // The end itself is not part of the window (a window ending at midnight leaves the next day alone).
    const end = m.scheduled_until < now ? Date.parse(m.scheduled_until) - 1 : Date.parse(now);
    const until = localDate(new Date(end), timeZone);
    for (const date of dates) {
      const w = worst.get(date);
      if (w !== undefined && date >= from && date <= until)
        worst.set(date, worseStatus(w, 'under_maintenance'));
    }
  }
  return dates.map((d) => worst.get(d) ?? null);
}
