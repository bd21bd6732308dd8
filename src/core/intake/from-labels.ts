// Alertmanager and Grafana describe an alert the same way (labels and annotations): one mapping for both.
import {
  SEVERITY_LABELS,
  SYSTEM_LABELS,
  clamp,
  derivedFingerprint,
  isoOrNull,
  labelLines,
  oneLine,
  pick,
  type NormalisedAlert,
} from './normalised.js';
import type { AlertState } from './sources.js';

export interface LabelledAlert {
  state: AlertState;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  fingerprint: string | undefined;
  /** Links worth a click from triage, by the sender's own field name. */
  links: Record<string, string | undefined>;
  /** Further lines for the description (Grafana's valueString: the value that fired). */
  extra: string[];
  payload: Record<string, unknown>;
}

export function alertFromLabels(a: LabelledAlert): NormalisedAlert {
  const alertname = pick([a.labels], ['alertname']);
  const summary = pick([a.annotations], ['summary', 'title']);
  const labels = labelLines(a.labels);
  // Titles name the rule first (what a responder recognises), then the summary that says where.
  const title =
    alertname && summary && summary !== alertname
      ? `${alertname}: ${summary}`
      : (summary ?? alertname ?? (labels.replace(/\n/g, ', ') || a.fingerprint || '?'));
  const text = pick([a.annotations], ['description', 'message']) ?? summary ?? '';
  const links = Object.entries(a.links)
    .concat([['runbook_url', a.annotations.runbook_url]])
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
    .map(([k, v]) => `${k}: ${v.trim()}`);
  // No Stormbell words here: only what the sender said, so the description reads the same in nl and en.
  const description = [text, ...a.extra, labels, links.join('\n')]
    .filter((s) => s.trim() !== '')
    .join('\n\n');
  return {
    fingerprint: a.fingerprint?.trim() || derivedFingerprint([labels]),
    state: a.state,
    title: oneLine(title),
    description: clamp(description),
    system: nullableLine(pick([a.labels], SYSTEM_LABELS)),
    severityHint: nullableLine(pick([a.labels], SEVERITY_LABELS)),
    occurredAt: isoOrNull(a.startsAt),
    payload: a.payload,
  };
}

function nullableLine(value: string | null): string | null {
  return value === null ? null : oneLine(value, 200);
}
