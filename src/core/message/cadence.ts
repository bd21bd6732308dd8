// The update rhythm per audience: when the next update is due, counted from the last one published.
const ACTIVE_PHASES: ReadonlySet<string> = new Set(['detection', 'containment', 'recovery']);

export interface CadenceInput {
  phase: string;
  /** When the incident was declared: the first update is due one cadence after it. */
  declaredAt: string;
  lastPublishedAt: string | null;
  /** The kind of the last message published; after "resolved" the audience expects no more updates. */
  lastKind: string | null;
  cadenceMinutes: number;
}

/** When the next update to this audience is due, or null when none is (evaluation, closed, resolved told). */
export function nextDueAt(c: CadenceInput): string | null {
  if (!ACTIVE_PHASES.has(c.phase) || c.lastKind === 'resolved') return null;
  const from = Date.parse(c.lastPublishedAt ?? c.declaredAt);
  return new Date(from + c.cadenceMinutes * 60_000).toISOString();
}

export function isOverdue(c: CadenceInput, now: Date): boolean {
  const due = nextDueAt(c);
  return due !== null && Date.parse(due) < now.getTime();
}
