// The generic alert: Stormbell's own small JSON for any system that can post a webhook (docs/intake.md).
import { z } from 'zod';
import { ZAlertState, ZFingerprint, ZRfc3339, ZText } from './fields.js';
import { clamp, derivedFingerprint, isoOrNull, oneLine, type NormalisedAlert } from './normalised.js';

// Strict, unlike the Alertmanager and Grafana payloads: this format is ours, so a misspelt field is a mistake
// worth reporting rather than a newer sender's addition worth ignoring.
export const ZGenericAlert = z
  .strictObject({
    title: ZText(200)
      .trim()
      .min(1, { error: 'field.required' })
      .describe('What is wrong, in one line (deduplicates with system when there is no fingerprint)'),
    description: ZText(10_000).optional(),
    severity: ZText(100).optional().describe('Your own severity word, shown to triage as a hint'),
    system: ZText(200).optional().describe('The affected system or service'),
    fingerprint: ZFingerprint.describe('Identifies the alert: a repeat with the same fingerprint updates it'),
    status: ZAlertState.default('firing'),
    occurred_at: ZRfc3339.optional().describe('When it started (RFC 3339); default: when it arrives'),
  })
  .describe('A generic alert (see docs/intake.md)');

export type GenericAlert = z.output<typeof ZGenericAlert>;

export function normaliseGeneric(a: GenericAlert): NormalisedAlert[] {
  const system = a.system?.trim() ? oneLine(a.system) : null;
  const title = oneLine(a.title);
  return [
    {
      fingerprint: a.fingerprint?.trim() || derivedFingerprint([title, system ?? '']),
      state: a.status,
      title,
      description: clamp(a.description ?? ''),
      system,
      severityHint: a.severity?.trim() ? oneLine(a.severity, 100) : null,
      occurredAt: isoOrNull(a.occurred_at),
      payload: { alert: a },
    },
  ];
}
