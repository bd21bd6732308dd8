// Everything an incident report says, gathered once (app/evaluation/report-input.ts) and rendered as Markdown or PDF.
// Only words people read: names, never internal ids; times as ISO instants, shown in `timeZone` by the renderers.
import type { Language } from '../api/common.js';

/** Durations in milliseconds; null when the incident has not reached the moment that ends it. */
export interface ReportMetrics {
  timeToDetectMs: number | null;
  timeToContainMs: number | null;
  timeToRecoverMs: number | null;
  totalDurationMs: number | null;
  firstInternalUpdateMs: number | null;
  firstExternalUpdateMs: number | null;
  /** The incident went back from recovery to containment at least once (the times count every stretch). */
  wentBack: boolean;
  /** Per audience: how many updates were published on cadence, of how many. */
  cadence: Array<{ audience: string; onCadence: number; total: number }>;
}

/** One legal duty with its clock: met (done before the deadline), missed, or still running. */
export interface ReportObligation {
  /** The duty's kind (gdpr_authority, nis2_early_warning, ...): its name comes from the catalogue. */
  kind: string;
  status: 'open' | 'submitted' | 'not_required';
  dueAt: string | null;
  submittedAt: string | null;
  /** The authority's reference of the submission. */
  reference: string | null;
  notRequiredReasoning: string | null;
  /** True when submitted by the deadline, false when submitted late or still open past it, null otherwise. */
  met: boolean | null;
  /** How far from the deadline: positive = that much before it, negative = that much late. */
  marginMs: number | null;
}

/** A moment of the timeline: what happened in words (a catalogue key under report.moment.*, with its values). */
export interface ReportMoment {
  at: string;
  kind:
    | 'declared'
    | 'awareness_changed'
    | 'phase_forward'
    | 'phase_back'
    | 'closed'
    | 'decision'
    | 'message'
    | 'obligation_submitted'
    | 'obligation_not_required'
    | 'signal'
    | 'role'
    | 'note'
    | 'service'
    | 'other';
  params: Record<string, string>;
  /** Who did it (a name), when a person did. */
  actor: string | null;
  pinned: boolean;
}

export interface ReportMessage {
  publishedAt: string;
  subject: string;
  /** What it said, in the report's language when it was written in it. */
  body: string;
  correction: boolean;
  channels: string[];
}

export interface ReportActionItem {
  title: string;
  owner: string | null;
  /** A calendar date (YYYY-MM-DD) or an instant. */
  dueDate: string | null;
  status: string;
  overdue: boolean;
  /** The part of the plan it changes, in words ("Roles: Communications lead"). */
  planPart: string | null;
  /** The plan version that carried the change out, once closed. */
  planVersion: number | null;
}

export interface ReportInput {
  language: Language;
  timeZone: string;
  generatedAt: string;
  organisation: string;
  incident: {
    reference: string;
    title: string;
    scenario: string;
    severity: string;
    phase: 'detection' | 'containment' | 'recovery' | 'evaluation' | 'closed';
    exercise: boolean;
    restricted: boolean;
    awarenessAt: string;
    firstSignalAt: string | null;
    declaredAt: string;
    closedAt: string | null;
    declaredBy: string | null;
  };
  roles: Array<{ role: string; name: string }>;
  /** The latest fact sheet. */
  summary: {
    whatHappened: string;
    affected: string;
    actions: string;
    advice: string;
    expectedRecovery: string;
  } | null;
  services: Array<{ name: string; state: string }>;
  /** Oldest first. */
  timeline: ReportMoment[];
  decisions: Array<{
    at: string;
    title: string;
    rationale: string;
    alternatives: string | null;
    businessImpact: string | null;
    decidedBy: string | null;
  }>;
  metrics: ReportMetrics;
  /** Per audience, in the plan's order, what was published and when (oldest first). */
  communication: Array<{ audience: string; internal: boolean; messages: ReportMessage[] }>;
  obligations: ReportObligation[];
  review: {
    status: 'open' | 'done' | 'skipped';
    /** Why it was skipped. */
    reason: string | null;
    finishedAt: string | null;
    communicationAssessment: string | null;
    lessons: string | null;
    contributions: Array<{ name: string; wentWell: string; wentWrong: string }>;
  } | null;
  actionItems: ReportActionItem[];
}
