// What the evaluation use cases share: an incident's metrics from its facts, the review and its parts as the API
// shows them, and the checks before a change.
import type {
  ActionItem,
  ActionItemStatus,
  Contribution,
  Metrics,
  Review,
  ReviewState,
} from '../../core/api/evaluation.js';
import { DomainError, notFound } from '../../core/errors.js';
import { hasAccess } from '../../core/access.js';
import { computeMetrics } from '../../core/evaluation/metrics.js';
import {
  isActionItemOverdue,
  localDate,
  reviewPermissions,
  whyNotEditable,
} from '../../core/evaluation/review.js';
import type { IncidentPhase } from '../../core/incident/phases.js';
import type { Plan } from '../../core/plan/index.js';
import { getIncident, listAudiences, type IncidentRow } from '../../store/repos/incidents.js';
import { eventsByIds, eventsOfTypes } from '../../store/repos/timeline.js';
import {
  ensureReview,
  getActionItem,
  getReview,
  incidentSignals,
  listActionItems,
  listContributions,
  type ActionItemRow,
  type ContributionRow,
} from '../../store/repos/evaluation.js';
import type { Tx } from '../../store/db.js';
import type { Actor, Ctx, Unit } from '../context.js';
import { canAct, canSee, loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { pinnedEventIds, presentEvent } from '../incidents/incident-timeline.js';
import { accountNames, presentLegal } from '../legal/support.js';

/** The incident's metrics, computed now from its timeline, the reports merged into it and its legal clocks. */
export async function incidentMetrics(
  ctx: Ctx,
  tx: Tx,
  incident: IncidentRow,
  plan?: Plan,
): Promise<Metrics> {
  const now = ctx.clock.now();
  const thePlan = plan ?? (await incidentPlan(ctx, tx, incident));
  const [events, signals, audiences, legal] = await Promise.all([
    eventsOfTypes(tx, incident.id, ['incident.phase_changed', 'message.published']),
    incidentSignals(tx, incident.id),
    listAudiences(tx, incident.id),
    presentLegal(tx, thePlan, incident, now),
  ]);
  return computeMetrics({
    declaredAt: incident.declared_at,
    awarenessAt: incident.awareness_at,
    closedAt: incident.closed_at,
    signals,
    events: events.map((e) => ({
      at: e.at,
      type: e.type,
      payload: (e.payload ?? {}) as Record<string, unknown>,
    })),
    audiences: audiences.map((a) => {
      const planned = thePlan.audiences.find((x) => x.id === a.audience_id);
      return {
        id: a.audience_id,
        name: planned?.name ?? a.audience_id,
        internal: planned?.internal ?? false,
        cadenceMinutes: Number(a.cadence_minutes),
      };
    }),
    obligations: legal.obligations.map((o) => ({
      id: o.id,
      kind: o.kind,
      status: o.status,
      dueAt: o.due_at,
      submittedAt: o.submission?.submitted_at ?? null,
    })),
    now: now.toISOString(),
  });
}

export function reviewStateOf(row: { state: string } | undefined): ReviewState {
  return (row?.state ?? 'open') as ReviewState;
}

/** Responders and admins who can see the incident; for action items, also after it closed. */
export async function mayChangeItems(tx: Tx, actor: Actor, incident: IncidentRow): Promise<boolean> {
  return hasAccess(actor.level, 'responder') && (await canSee(tx, actor, incident));
}

export function presentContribution(
  row: ContributionRow,
  names: Map<string, string>,
  actor: Actor,
  editable: boolean,
): Contribution {
  return {
    id: row.id,
    author_id: row.author_id,
    author_name: row.author_id ? (names.get(row.author_id) ?? null) : null,
    went_well: row.went_well,
    went_wrong: row.went_wrong,
    can_edit: editable && (row.author_id === actor.id || hasAccess(actor.level, 'admin')),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function presentActionItem(
  row: ActionItemRow,
  incident: Pick<IncidentRow, 'reference' | 'title' | 'exercise'>,
  names: Map<string, string>,
  today: string,
  canActOnIt: boolean,
): ActionItem {
  const status = row.status as ActionItemStatus;
  return {
    id: row.id,
    incident_id: row.incident_id,
    incident_reference: incident.reference,
    incident_title: incident.title,
    exercise: Boolean(incident.exercise),
    title: row.title,
    description: row.description,
    owner_account_id: row.owner_account_id,
    owner_name: row.owner_account_id
      ? (names.get(row.owner_account_id) ?? row.owner_name ?? '')
      : (row.owner_name ?? ''),
    due_on: row.due_on,
    status,
    overdue: isActionItemOverdue(status, row.due_on, today),
    plan_part: row.plan_part,
    closed_by_plan_version: row.closed_by_plan_version === null ? null : Number(row.closed_by_plan_version),
    close_note: row.close_note,
    closed_at: row.closed_at,
    closed_by_name: row.closed_by ? (names.get(row.closed_by) ?? null) : null,
    reminded_at: row.reminded_at,
    created_by_name: row.created_by ? (names.get(row.created_by) ?? null) : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
    can_act: canActOnIt,
  };
}

export const today = (ctx: Ctx) => localDate(ctx.clock.now());

/** The whole review of an incident as the caller sees it. */
export async function presentReview(ctx: Ctx, tx: Tx, incident: IncidentRow, actor: Actor): Promise<Review> {
  const plan = await incidentPlan(ctx, tx, incident);
  const [row, contributions, items, names, pinnedIds, mayAct, mayChange] = await Promise.all([
    getReview(tx, incident.id),
    listContributions(tx, incident.id),
    listActionItems(tx, { incidentId: incident.id }),
    accountNames(tx),
    pinnedEventIds(tx, incident.id),
    canAct(tx, actor, incident),
    mayChangeItems(tx, actor, incident),
  ]);
  const state = reviewStateOf(row);
  const allowed = reviewPermissions(incident.phase, state, mayAct);
  const pinnedEvents = await eventsByIds(tx, incident.id, [...pinnedIds]);
  const metrics = await incidentMetrics(ctx, tx, incident, plan);
  const day = today(ctx);
  return {
    incident: {
      id: incident.id,
      reference: incident.reference,
      title: incident.title,
      phase: incident.phase as IncidentPhase,
      exercise: Boolean(incident.exercise),
      scenario_name: plan.scenarios.find((s) => s.id === incident.scenario_id)?.name ?? incident.scenario_id,
      severity_name: plan.severities.find((s) => s.id === incident.severity_id)?.name ?? incident.severity_id,
      declared_at: incident.declared_at,
      closed_at: incident.closed_at,
      plan_version: Number(incident.plan_version),
    },
    state,
    skip_reason: row?.skip_reason ?? null,
    completed_at: row?.completed_at ?? null,
    completed_by_name: row?.completed_by ? (names.get(row.completed_by) ?? null) : null,
    communication_assessment: row?.communication_assessment ?? '',
    lessons: row?.lessons ?? '',
    texts_updated_at: row?.texts_updated_at ?? null,
    texts_updated_by_name: row?.texts_updated_by ? (names.get(row.texts_updated_by) ?? null) : null,
    pinned: pinnedEvents.map((e) => presentEvent(e, names, pinnedIds)),
    metrics,
    contributions: contributions.map((c) => presentContribution(c, names, actor, allowed.editable)),
    action_items: items.map((i) => presentActionItem(i, incident, names, day, mayChange)),
    editable: allowed.editable,
    can_complete: allowed.canComplete,
    can_skip: allowed.canSkip,
    can_reopen: allowed.canReopen,
    can_act: mayAct,
  };
}

/** Throws unless the review can be worked on now (contributions, texts, new action items). */
export function requireEditable(incident: IncidentRow, state: ReviewState): void {
  const why = whyNotEditable(incident.phase, state);
  if (why) throw new DomainError('conflict', why);
}

/** The incident whose review the caller would work on, if they may act on it and the review is editable now. */
export async function loadEditableReview(ctx: Ctx, u: Unit, incidentKey: string): Promise<IncidentRow> {
  const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
  requireEditable(incident, reviewStateOf(await ensureReview(u.tx, incident.id, u.now)));
  return incident;
}

/** An action item and its incident, if the caller may see the incident (404 otherwise). */
export async function loadActionItem(
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<{ item: ActionItemRow; incident: IncidentRow }> {
  const item = await getActionItem(tx, id);
  const incident = item ? await getIncident(tx, item.incident_id) : undefined;
  if (!item || !incident || !(await canSee(tx, actor, incident))) throw notFound('action_item');
  return { item, incident };
}
