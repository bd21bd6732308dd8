// Deadline arithmetic for the legal clocks: elapsed hours are real hours (UTC instants, so a daylight-saving change
// neither adds nor removes one), and "one month" is a calendar month that ends on the last day of a short month.

const HOUR_MS = 60 * 60 * 1000;

export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();
}

/**
 * One calendar month later, on the organisation's wall clock: 31 January 10:00 becomes the last day of February
 * at 10:00, and 15 March 09:00 in Amsterdam stays 09:00 in Amsterdam although summer time began in between.
 */
export function addCalendarMonth(iso: string, timeZone: string): string {
  const local = wallClock(iso, timeZone);
  const year = local.month === 12 ? local.year + 1 : local.year;
  const month = local.month === 12 ? 1 : local.month + 1;
  const day = Math.min(local.day, daysInMonth(year, month));
  return fromWallClock({ ...local, year, month, day }, timeZone);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function wallClock(iso: string, timeZone: string): WallClock {
  const date = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    ms: date.getUTCMilliseconds(),
  };
}

/** The instant that shows this wall-clock time in the zone (the earlier one when the hour repeats). */
function fromWallClock(w: WallClock, timeZone: string): string {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  // The zone's offset at that moment; try both offsets around a change and keep the one that round-trips.
  const candidates = [
    asUtc - offsetMs(asUtc, timeZone),
    asUtc - offsetMs(asUtc - offsetMs(asUtc, timeZone), timeZone),
  ];
  for (const t of candidates.sort((a, b) => a - b)) {
    const back = wallClock(new Date(t).toISOString(), timeZone);
    if (back.day === w.day && back.hour === w.hour && back.minute === w.minute)
      return new Date(t).toISOString();
  }
  // A wall-clock time that does not exist (skipped by summer time): the instant one hour-offset later.
  return new Date(candidates[0]!).toISOString();
}

function offsetMs(utcMs: number, timeZone: string): number {
  const w = wallClock(new Date(utcMs).toISOString(), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - utcMs;
}

/** How far along the clock is, 0..1 (more than 1 when overdue). */
export function elapsedShare(startIso: string, dueIso: string, now: Date): number {
  const start = Date.parse(startIso);
  const total = Date.parse(dueIso) - start;
  if (total <= 0) return 1;
  return (now.getTime() - start) / total;
}
