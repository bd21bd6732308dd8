// Small pure rules of the status page's screens: a component's status from an update's impact, the accent colour's
// contrast, and times in the organisation's time zone (what a datetime-local input shows) to and from UTC.
import type { ComponentStatus, Impact, IncidentStatus } from '@core/status-page/values';

/** What an affected component most likely is, given the update's impact (the writer may change it). */
export function statusForImpact(impact: Impact, incidentStatus: IncidentStatus): ComponentStatus {
  if (incidentStatus === 'resolved') return 'operational';
  switch (impact) {
    case 'critical':
      return 'major_outage';
    case 'major':
      return 'partial_outage';
    case 'minor':
      return 'degraded_performance';
    default:
      return 'operational';
  }
}

/** The public incident status a message of this kind usually carries. */
export function incidentStatusForKind(kind: string): IncidentStatus {
  if (kind === 'resolved') return 'resolved';
  if (kind === 'update') return 'identified';
  return 'investigating';
}

function channel(hex: string): number {
  const c = parseInt(hex, 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG contrast of a `#rrggbb` colour against white, or null when it is not such a colour. */
export function contrastOnWhite(color: string): number | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const l = 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
  return 1.05 / (l + 0.05);
}

/** The contrast the page's links and buttons need on white (WCAG 2.2 AA for text). */
export const MIN_CONTRAST = 4.5;

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock parts of a moment in a time zone. */
function partsIn(ms: number, zone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    y: get('year'),
    mo: get('month'),
    d: get('day'),
    h: get('hour'),
    mi: get('minute'),
    s: get('second'),
  };
}

/** How far the zone's clock is ahead of UTC at a moment, in milliseconds. */
function offsetAt(ms: number, zone: string): number {
  const p = partsIn(ms, zone);
  return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000;
}

/** A moment as the value of an <input type="datetime-local"> showing the zone's clock (`2026-12-01T09:30`). */
export function toZonedInput(iso: string, zone: string): string {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  const p = partsIn(ms, zone);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}`;
}

/** The UTC moment (ISO) of a datetime-local value read as the zone's clock, or null when it is not a time. */
export function fromZonedInput(value: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  if (Number.isNaN(wall)) return null;
  // The offset at the guess may differ from the offset at the answer near a clock change: look twice.
  let ms = wall - offsetAt(wall, zone);
  ms = wall - offsetAt(ms, zone);
  return new Date(ms).toISOString();
}

/** Every IANA zone the browser knows, with the one in use kept even when the browser lacks it. */
export function timeZones(current: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  if (current && !zones.includes(current)) zones = [current, ...zones];
  if (!zones.includes('UTC')) zones = [...zones, 'UTC'];
  return zones;
}
