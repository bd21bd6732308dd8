// What an employee's report becomes: a title from the first words, the time when it reads as one.
import { clamp, isoOrNull, oneLine } from './normalised.js';

export const WHAT_HAPPENED_MAX = 5_000;
const FORM_TITLE_MAX = 120;

export function employeeReportTitle(whatHappened: string): string {
  const firstLine = whatHappened.trim().split(/\r?\n/)[0] ?? '';
  return oneLine(firstLine, FORM_TITLE_MAX);
}

/**
 * "When" is free text on the form ("this morning, around nine"): an ISO 8601 time becomes occurred_at; anything
 * else stays words, for the description, since guessing a time from words would put a wrong one on the record.
 */
export function readWhen(when: string | undefined): { occurredAt: string | null; whenText: string | null } {
  const text = when?.trim() ?? '';
  if (!text) return { occurredAt: null, whenText: null };
  const looksIso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text);
  const occurredAt = looksIso ? isoOrNull(text) : null;
  return occurredAt ? { occurredAt, whenText: null } : { occurredAt: null, whenText: oneLine(text, 200) };
}

export function employeeReportDescription(whatHappened: string): string {
  return clamp(whatHappened, WHAT_HAPPENED_MAX);
}

/** Reports per client address: plenty for a real incident (several colleagues behind one NAT), not for a flood. */
export const REPORT_FORM_PER_IP = { maxFailures: 10, windowMs: 60 * 60_000 };
