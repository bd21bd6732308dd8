// Deduplication by fingerprint: what an arriving alert does to the reports already kept for it.
import type { AlertState, ReportStatus } from './sources.js';

/** The newest report kept for the same source and fingerprint. */
export interface KnownReport {
  status: ReportStatus;
  alertState: AlertState | null;
}

export type DedupeAction =
  /** Nothing to update: a new report, which triage must see. */
  | { kind: 'create'; notify: boolean }
  /** The alert is still firing (or fires again while its report waits in triage): count it on that report. */
  | { kind: 'repeat'; reopened: boolean }
  /** The alert stopped: mark its report resolved. */
  | { kind: 'resolve' }
  /** A resolved notice for a report that is resolved already: note that it came, change nothing else. */
  | { kind: 'touch' };

export function dedupeAction(state: AlertState, latest: KnownReport | undefined): DedupeAction {
  if (state === 'firing') {
    // A dismissed report whose alert keeps firing absorbs the repeats: Alertmanager resends every few hours,
    // and a dismissal that came back to triage each time would be no dismissal.
    if (latest?.alertState === 'firing') return { kind: 'repeat', reopened: false };
    // Flapping: it resolved and fired again before anyone looked, so it is still the same question for triage.
    if (latest?.status === 'new') return { kind: 'repeat', reopened: true };
    // Never seen, or seen and handled (declared, merged, dismissed) and over: this is a new occurrence.
    return { kind: 'create', notify: true };
  }
  if (latest?.alertState === 'firing') return { kind: 'resolve' };
  if (latest) return { kind: 'touch' };
  // Resolved before Stormbell heard it fire (it was down, or the sender only sends endings): keep it, for the
  // record, but wake nobody for something that is over.
  return { kind: 'create', notify: false };
}
