// Which legal duties an incident's assessment creates (SPEC section 6), and when each is due from its own
// starting moment: awareness, the DORA classification, or the submission of the report before it.
import { addCalendarMonth, addHours } from './clock.js';

export const obligationKinds = [
  'gdpr_register',
  'gdpr_authority',
  'gdpr_follow_up',
  'gdpr_data_subjects',
  'nis2_early_warning',
  'nis2_notification',
  'nis2_final',
  'dora_initial',
  'dora_intermediate',
  'dora_final',
] as const;
export type ObligationKind = (typeof obligationKinds)[number];

export const obligationStatuses = ['open', 'submitted', 'not_required'] as const;
export type ObligationStatus = (typeof obligationStatuses)[number];

/** What an obligation's clock starts from. */
export type ClockStart = 'awareness' | 'classification' | 'previous_report' | 'none';

export const clockStart: Record<ObligationKind, ClockStart> = {
  gdpr_register: 'none',
  gdpr_authority: 'awareness',
  // Art. 33(4): information not available at first may follow "in phases without undue further delay".
  gdpr_follow_up: 'none',
  gdpr_data_subjects: 'none',
  nis2_early_warning: 'awareness',
  nis2_notification: 'awareness',
  nis2_final: 'previous_report',
  dora_initial: 'classification',
  dora_intermediate: 'previous_report',
  dora_final: 'previous_report',
};

/** The report whose submission starts this one's clock. */
export const previousReport: Partial<Record<ObligationKind, ObligationKind>> = {
  nis2_final: 'nis2_notification',
  dora_intermediate: 'dora_initial',
  dora_final: 'dora_intermediate',
};

export interface Assessment {
  gdpr: {
    personal_data: 'yes' | 'no' | 'unknown';
    risk: 'none' | 'risk' | 'high' | 'unknown';
  };
  nis2: { significant: 'yes' | 'no' | 'unknown' };
  dora: { major: 'yes' | 'no' | 'unknown'; classified_at: string | null };
}

export interface RegulatoryProfile {
  nis2Entity: 'essential' | 'important' | 'none';
  doraFinancialEntity: boolean;
}

export interface ObligationPlan {
  kind: ObligationKind;
  /** Created as not required, with this reason key, when the assessment itself says so (GDPR: no risk). */
  notRequired?: 'no_risk';
}

/** The duties the assessment calls for, in the order they fall due. Unknown answers create nothing yet. */
export function obligationsFor(a: Assessment, profile: RegulatoryProfile): ObligationPlan[] {
  const out: ObligationPlan[] = [];
  if (a.gdpr.personal_data === 'yes') {
    out.push({ kind: 'gdpr_register' });
    if (a.gdpr.risk === 'none') out.push({ kind: 'gdpr_authority', notRequired: 'no_risk' });
    else if (a.gdpr.risk === 'risk' || a.gdpr.risk === 'high') out.push({ kind: 'gdpr_authority' });
    if (a.gdpr.risk === 'high') out.push({ kind: 'gdpr_data_subjects' });
  }
  if (profile.nis2Entity !== 'none' && a.nis2.significant === 'yes')
    out.push({ kind: 'nis2_early_warning' }, { kind: 'nis2_notification' }, { kind: 'nis2_final' });
  if (profile.doraFinancialEntity && a.dora.major === 'yes' && a.dora.classified_at)
    out.push({ kind: 'dora_initial' }, { kind: 'dora_intermediate' }, { kind: 'dora_final' });
  return out;
}

export interface ClockMoments {
  awarenessAt: string;
  classifiedAt: string | null;
  /** When each report was submitted, if it was. */
  submittedAt: Partial<Record<ObligationKind, string>>;
  timeZone: string;
}

/**
 * When the clock of this duty started and when it is due; null when it has no fixed deadline ("without undue
 * delay", the register) or its starting moment has not happened yet (a final report before the notification).
 */
export function deadline(kind: ObligationKind, m: ClockMoments): { startsAt: string; dueAt: string } | null {
  switch (kind) {
    case 'gdpr_authority':
    case 'nis2_notification':
      return { startsAt: m.awarenessAt, dueAt: addHours(m.awarenessAt, 72) };
    case 'nis2_early_warning':
      return { startsAt: m.awarenessAt, dueAt: addHours(m.awarenessAt, 24) };
    case 'dora_initial': {
      if (!m.classifiedAt) return null;
      // Four hours after classification, and never later than 24 hours after becoming aware.
      const fromClassification = addHours(m.classifiedAt, 4);
      const fromAwareness = addHours(m.awarenessAt, 24);
      return {
        startsAt: m.classifiedAt,
        dueAt: fromClassification < fromAwareness ? fromClassification : fromAwareness,
      };
    }
    case 'dora_intermediate': {
      const start = m.submittedAt.dora_initial;
      return start ? { startsAt: start, dueAt: addHours(start, 72) } : null;
    }
    case 'nis2_final':
    case 'dora_final': {
      const start = m.submittedAt[previousReport[kind]!];
      return start ? { startsAt: start, dueAt: addCalendarMonth(start, m.timeZone) } : null;
    }
    default:
      return null;
  }
}

/** The shares of the time at which the privacy officer and the incident commander are reminded. */
export const REMINDER_SHARES = [0.5, 0.75, 0.9] as const;

/** The reminder due now for a clock (the latest threshold passed), or null; "overdue" once the deadline passed. */
export function reminderStep(
  clock: { startsAt: string; dueAt: string },
  now: Date,
): '50' | '75' | '90' | 'overdue' | null {
  const start = Date.parse(clock.startsAt);
  const due = Date.parse(clock.dueAt);
  const t = now.getTime();
  if (t >= due) return 'overdue';
  const share = (t - start) / (due - start);
  if (share >= 0.9) return '90';
  if (share >= 0.75) return '75';
  if (share >= 0.5) return '50';
  return null;
}

/** The close guard: an incident with an open legal duty cannot be closed. */
export function noOpenObligations(state: { openObligations: number }): Array<{
  key: string;
  params?: Record<string, string | number>;
}> {
  return state.openObligations > 0
    ? [{ key: 'legal.close_open_obligations', params: { count: state.openObligations } }]
    : [];
}
