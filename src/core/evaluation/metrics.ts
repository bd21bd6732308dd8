// An incident's metrics, computed from what happened (its timeline events, the reports merged into it, its
// obligations), never typed in. Pure: the caller gathers the facts, this turns them into durations and shares.
//
// The moments:
//   first signal   the earliest report or alert merged into the incident that arrived by the declaration, else the
//                  awareness time (when that is not after the declaration), else the declaration itself
//   contained      the first time the incident moved on to recovery (or past it, when recovery was skipped)
//   response end   the last time it moved from an earlier phase into evaluation (or straight to closed), provided
//                  it is in evaluation or closed now; an incident sent back from evaluation has not ended
// An incident that went back from recovery to containment keeps its first containment moment (it was contained
// then, the relapse is part of recovering); the time back in containment shows in `seconds_in_phase` and
// `back_transitions`.
import type { AudienceCadence, DeadlineMetric, Metrics } from '../api/evaluation.js';
import { incidentPhases, type IncidentPhase } from '../incident/phases.js';
import type { ObligationKind, ObligationStatus } from '../legal/obligations.js';

export interface MetricsEvent {
  at: string;
  type: string;
  payload: Record<string, unknown>;
}

export interface MetricsInput {
  declaredAt: string;
  awarenessAt: string;
  closedAt: string | null;
  /** Reports and alerts merged into the incident (or declared from), with when they arrived. */
  signals: ReadonlyArray<{ at: string; source: string }>;
  /** The incident's own timeline events, oldest first; only phase changes and published messages are read. */
  events: ReadonlyArray<MetricsEvent>;
  /** The incident's audiences with the cadence that applies and whether the plan version calls them internal. */
  audiences: ReadonlyArray<{ id: string; name: string; internal: boolean; cadenceMinutes: number }>;
  /** The incident's legal duties with their deadlines as the clocks compute them. */
  obligations: ReadonlyArray<{
    id: string;
    kind: ObligationKind;
    status: ObligationStatus;
    dueAt: string | null;
    submittedAt: string | null;
  }>;
  now: string;
}

const ms = (iso: string) => Date.parse(iso);
const seconds = (from: string | null, to: string | null): number | null =>
  from === null || to === null ? null : Math.max(0, Math.round((ms(to) - ms(from)) / 1000));
const rank = (p: IncidentPhase) => incidentPhases.indexOf(p);
const isPhase = (v: unknown): v is IncidentPhase =>
  typeof v === 'string' && (incidentPhases as readonly string[]).includes(v);

interface Transition {
  at: string;
  from: IncidentPhase;
  to: IncidentPhase;
}

function transitions(events: ReadonlyArray<MetricsEvent>): Transition[] {
  const out: Transition[] = [];
  for (const e of events) {
    if (e.type !== 'incident.phase_changed') continue;
    const { from, to } = e.payload;
    if (isPhase(from) && isPhase(to)) out.push({ at: e.at, from, to });
  }
  return out.sort((a, b) => ms(a.at) - ms(b.at));
}

function firstSignal(input: MetricsInput): { at: string; source: Metrics['first_signal_source'] } {
  const declared = ms(input.declaredAt);
  const reports = input.signals.filter((s) => ms(s.at) <= declared).sort((a, b) => ms(a.at) - ms(b.at));
  const first = reports[0];
  if (first)
    return {
      at: new Date(ms(first.at)).toISOString(),
      source: first.source === 'employee' ? 'report' : 'alert',
    };
  if (ms(input.awarenessAt) <= declared) return { at: input.awarenessAt, source: 'awareness' };
  return { at: input.declaredAt, source: 'awareness' };
}

/** Time spent in each phase, summed over every stay; the current phase counts until now (closed counts as 0). */
function secondsInPhase(input: MetricsInput, moves: Transition[]): Record<IncidentPhase, number> {
  const totals = Object.fromEntries(incidentPhases.map((p) => [p, 0])) as Record<IncidentPhase, number>;
  let phase: IncidentPhase = 'detection';
  let since = input.declaredAt;
  for (const m of moves) {
    totals[phase] += seconds(since, m.at) ?? 0;
    phase = m.to;
    since = m.at;
  }
  if (phase !== 'closed') totals[phase] += seconds(since, input.now) ?? 0;
  return totals;
}

function cadenceOf(
  audience: MetricsInput['audiences'][number],
  published: ReadonlyArray<{ at: string; audienceId: string }>,
  declaredAt: string,
  responseEnd: string | null,
): AudienceCadence {
  const times = published
    .filter((p) => p.audienceId === audience.id && (responseEnd === null || ms(p.at) <= ms(responseEnd)))
    .map((p) => ms(p.at))
    .sort((a, b) => a - b);
  const limit = audience.cadenceMinutes * 60_000;
  let previous = ms(declaredAt);
  let onCadence = 0;
  for (const at of times) {
    if (at - previous <= limit) onCadence++;
    previous = at;
  }
  return {
    audience_id: audience.id,
    name: audience.name,
    internal: audience.internal,
    cadence_minutes: audience.cadenceMinutes,
    updates: times.length,
    on_cadence: onCadence,
    share: times.length === 0 ? null : onCadence / times.length,
  };
}

export function deadlineOutcome(o: MetricsInput['obligations'][number], now: string): DeadlineMetric {
  const base = {
    obligation_id: o.id,
    kind: o.kind,
    status: o.status,
    due_at: o.dueAt,
    submitted_at: o.submittedAt,
  };
  if (o.status === 'not_required') return { ...base, outcome: 'not_required', minutes: null };
  if (o.dueAt === null) return { ...base, outcome: 'no_deadline', minutes: null };
  const due = ms(o.dueAt);
  if (o.status === 'submitted' && o.submittedAt !== null) {
    const at = ms(o.submittedAt);
    return at <= due
      ? { ...base, outcome: 'met', minutes: Math.floor((due - at) / 60_000) }
      : { ...base, outcome: 'missed', minutes: Math.ceil((at - due) / 60_000) };
  }
  const late = ms(now) - due;
  return late > 0
    ? { ...base, outcome: 'missed', minutes: Math.ceil(late / 60_000) }
    : { ...base, outcome: 'pending', minutes: null };
}

export function computeMetrics(input: MetricsInput): Metrics {
  const moves = transitions(input.events);
  const current = moves.length > 0 ? moves[moves.length - 1]!.to : 'detection';
  const signal = firstSignal(input);

  const contained = moves.find((m) => rank(m.to) >= rank('recovery') && rank(m.from) < rank('recovery'));
  const ended =
    current === 'evaluation' || current === 'closed'
      ? [...moves]
          .reverse()
          .find((m) => rank(m.to) >= rank('evaluation') && rank(m.from) < rank('evaluation'))
      : undefined;
  const recoveryStartedAt = contained?.at ?? null;
  const responseEnd = ended?.at ?? null;

  const published = input.events
    .filter((e) => e.type === 'message.published' && typeof e.payload.audience_id === 'string')
    .map((e) => ({ at: e.at, audienceId: e.payload.audience_id as string }));
  const internal = new Map(input.audiences.map((a) => [a.id, a.internal]));
  const firstTo = (wantInternal: boolean) => {
    const times = published
      .filter((p) => internal.get(p.audienceId) === wantInternal)
      .map((p) => ms(p.at))
      .sort((a, b) => a - b);
    return times.length > 0 ? new Date(times[0]!).toISOString() : null;
  };

  return {
    first_signal_at: signal.at,
    first_signal_source: signal.source,
    declared_at: input.declaredAt,
    recovery_started_at: recoveryStartedAt,
    evaluation_started_at: responseEnd,
    closed_at: input.closedAt,
    time_to_detect_seconds: seconds(signal.at, input.declaredAt),
    time_to_contain_seconds: seconds(input.declaredAt, recoveryStartedAt),
    time_to_recover_seconds: seconds(recoveryStartedAt, responseEnd),
    total_duration_seconds: seconds(signal.at, responseEnd),
    back_transitions: moves.filter((m) => rank(m.to) < rank(m.from)).length,
    seconds_in_phase: secondsInPhase(input, moves),
    time_to_first_internal_update_seconds: seconds(input.declaredAt, firstTo(true)),
    time_to_first_external_update_seconds: seconds(input.declaredAt, firstTo(false)),
    cadence: input.audiences.map((a) => cadenceOf(a, published, input.declaredAt, responseEnd)),
    deadlines: input.obligations.map((o) => deadlineOutcome(o, input.now)),
    computed_at: input.now,
  };
}
