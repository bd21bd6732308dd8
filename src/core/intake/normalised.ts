// One alert as Stormbell keeps it, whatever system sent it, and the small helpers that get it there.
import { createHash } from 'node:crypto';
import type { AlertState } from './sources.js';

export interface NormalisedAlert {
  /** The deduplication key within its source: the sender's fingerprint, or one derived from what identifies it. */
  fingerprint: string;
  state: AlertState;
  title: string;
  description: string;
  system: string | null;
  severityHint: string | null;
  occurredAt: string | null;
  /** The alert as it arrived, kept for whoever needs the detail the report does not show. */
  payload: Record<string, unknown>;
}

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;

/** Collapses whitespace (titles go into mail subjects, where a line break would end the header) and shortens. */
export function oneLine(text: string, max = TITLE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function clamp(text: string, max = DESCRIPTION_MAX): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}

/**
 * An RFC 3339 time as ISO 8601 UTC with milliseconds (how every time is stored), or null. Alertmanager and
 * Grafana send 0001-01-01T00:00:00Z (Go's zero time) for "not set", and nanoseconds JavaScript need not keep.
 */
export function isoOrNull(value: string | null | undefined): string | null {
  if (!value || value.startsWith('0001-01-01')) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The first non-empty value among `keys` in the maps, in order. */
export function pick(maps: Array<Record<string, string> | null | undefined>, keys: string[]): string | null {
  for (const key of keys) {
    for (const map of maps) {
      const value = map?.[key]?.trim();
      if (value) return value;
    }
  }
  return null;
}

/** Labels in a stable order, as `name=value` lines: what identifies an alert when its sender gave no fingerprint. */
export function labelLines(labels: Record<string, string> | null | undefined): string {
  return Object.keys(labels ?? {})
    .sort()
    .map((k) => `${k}=${labels![k]}`)
    .join('\n');
}

/** A short, stable key from the parts that identify an alert (same parts, same key; like Alertmanager's). */
export function derivedFingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

// Labels that usually name the affected system, most specific first.
export const SYSTEM_LABELS = ['system', 'service', 'app', 'application', 'job', 'instance'];
export const SEVERITY_LABELS = ['severity', 'priority', 'level'];
