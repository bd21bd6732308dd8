// Checks the status page's administration shares: time zones, component references, texts in two languages.
import type { FieldProblem } from '../errors.js';
import type { Localised } from './snapshot.js';

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';
/** The default accent colour: a dark blue with 7:1 on white. */
export const DEFAULT_ACCENT_COLOR = '#1d4f91';

/** True for an IANA zone name the runtime knows (Europe/Amsterdam, UTC, America/New_York, ...). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Problems with a list of component ids: unknown (or removed) ones, and one named twice. `field(i)` names the
 * field of item i, e.g. `component_ids.2` or `status_page.components.2.id`.
 */
export function componentIdProblems(
  ids: string[],
  known: ReadonlySet<string>,
  field: (i: number) => string,
): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.push({ field: field(i), key: 'status.unknown_component', params: { id } });
    else if (seen.has(id)) problems.push({ field: field(i), key: 'status.component_twice', params: { id } });
    seen.add(id);
  });
  return problems;
}

/** A text in both languages, each filled from the other when empty. */
export function localised(nl: string | null | undefined, en: string | null | undefined): Localised {
  const n = nl ?? '';
  const e = en ?? '';
  return { nl: n || e, en: e || n };
}
