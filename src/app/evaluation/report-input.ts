// Gathers everything an incident report says into a ReportInput: the incident and its facts, the main moments of
// its timeline in words, decisions, what each audience was told, the legal duties with their clocks, the metrics
// (computed from the timeline), the review and its action items. Names only: ids stay in the database.
import type { Language } from '../../core/api/common.js';
import type { Metrics } from '../../core/api/evaluation.js';
import type { Obligation } from '../../core/api/legal.js';
import type {
  ReportInput,
  ReportMetrics,
  ReportMoment,
  ReportObligation,
} from '../../core/evaluation/report-input.js';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../../core/format-time.js';
import { isMessageKey, t } from '../../core/i18n/index.js';
import { markdownToText } from '../../core/markdown.js';
import type { Plan } from '../../core/plan/index.js';
import type { StoredEvent } from '../../core/timeline/verify.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { getReview, listActionItems, listContributions } from '../../store/repos/evaluation.js';
import { incidentSignalRows } from '../../store/repos/evaluation-report.js';
import {
  latestFactSheet,
  listAudiences,
  listDecisions,
  listRoles,
  listServices,
  type IncidentRow,
} from '../../store/repos/incidents.js';
import { listContents, listMessages } from '../../store/repos/messages.js';
import { readChain } from '../../store/repos/timeline.js';
import type { Tx } from '../../store/db.js';
import type { Ctx } from '../context.js';
import { pinnedEventIds } from '../incidents/incident-timeline.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { accountNames, presentLegal } from '../legal/support.js';
import { incidentMetrics, presentActionItem, today } from './support.js';

export async function gatherReportInput(
  ctx: Ctx,
  incidentKey: string,
  lang: Language | undefined,
): Promise<ReportInput> {
  const tx = ctx.store.db;
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const plan = await incidentPlan(ctx, tx, incident);
  const now = ctx.clock.now();
  const org = await getOrganisation(tx);
  const language: Language =
    lang ??
    (org?.default_language === 'nl' || org?.default_language === 'en'
      ? org.default_language
      : plan.organisation.language);
  const [roles, facts, services, decisions, legal, metrics, names, review, contributions, items] =
    await Promise.all([
      listRoles(tx, incident.id),
      latestFactSheet(tx, incident.id),
      listServices(tx, incident.id),
      listDecisions(tx, incident.id),
      presentLegal(tx, plan, incident, now),
      incidentMetrics(ctx, tx, incident, plan),
      accountNames(tx),
      getReview(tx, incident.id),
      listContributions(tx, incident.id),
      listActionItems(tx, { incidentId: incident.id }),
    ]);
  const told = await communication(tx, plan, incident, language);
  const day = today(ctx);
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const lookup = <T extends { id: string; name: string }>(list: T[], id: string) =>
    list.find((x) => x.id === id)?.name ?? id;

  return {
    language,
    timeZone: DEFAULT_TIME_ZONE,
    generatedAt: now.toISOString(),
    organisation: plan.organisation.name,
    incident: {
      reference: incident.reference,
      title: incident.title,
      scenario: lookup(plan.scenarios, incident.scenario_id),
      severity: lookup(plan.severities, incident.severity_id),
      phase: incident.phase as ReportInput['incident']['phase'],
      exercise: Boolean(incident.exercise),
      restricted: Boolean(incident.restricted),
      awarenessAt: incident.awareness_at,
      firstSignalAt: metrics.first_signal_source === 'awareness' ? null : metrics.first_signal_at,
      declaredAt: incident.declared_at,
      closedAt: incident.closed_at,
      declaredBy: name(incident.declared_by),
    },
    roles: plan.roles.flatMap((r) => {
      const holder = roles.find((h) => h.role_id === r.id);
      return holder ? [{ role: r.name, name: holder.name }] : [];
    }),
    summary: facts
      ? {
          whatHappened: facts.what_happened,
          affected: facts.affected,
          actions: facts.actions,
          advice: facts.advice,
          expectedRecovery: facts.expected_recovery,
        }
      : null,
    services: services.map((s) => ({ name: lookup(plan.services, s.service_id), state: s.state })),
    timeline: await moments(tx, plan, incident, language, names, told.subjects),
    decisions: decisions.map((d) => ({
      at: d.decided_at,
      title: d.title,
      rationale: d.rationale,
      alternatives: d.alternatives,
      businessImpact: d.business_impact,
      decidedBy: name(d.decided_by),
    })),
    metrics: reportMetrics(metrics),
    communication: told.audiences,
    obligations: legal.obligations.map((o) => reportObligation(o, metrics)),
    review: {
      status: (review?.state ?? 'open') as 'open' | 'done' | 'skipped',
      reason: review?.skip_reason ?? null,
      finishedAt: review?.state === 'done' ? (review.completed_at ?? null) : null,
      communicationAssessment: review?.communication_assessment ?? null,
      lessons: review?.lessons ?? null,
      contributions: contributions.map((c) => ({
        name: name(c.author_id) ?? t(language, 'report.review.someone'),
        wentWell: c.went_well,
        wentWrong: c.went_wrong,
      })),
    },
    actionItems: items.map((row) => {
      const item = presentActionItem(row, incident, names, day, false);
      return {
        title: item.title,
        owner: item.owner_name || null,
        dueDate: item.due_on,
        status: item.status,
        overdue: item.overdue,
        planPart: item.plan_part || null,
        planVersion: item.closed_by_plan_version,
      };
    }),
  };
}

export function reportMetrics(m: Metrics): ReportMetrics {
  const ms = (s: number | null) => (s === null ? null : s * 1000);
  return {
    timeToDetectMs: ms(m.time_to_detect_seconds),
    timeToContainMs: ms(m.time_to_contain_seconds),
    timeToRecoverMs: ms(m.time_to_recover_seconds),
    totalDurationMs: ms(m.total_duration_seconds),
    firstInternalUpdateMs: ms(m.time_to_first_internal_update_seconds),
    firstExternalUpdateMs: ms(m.time_to_first_external_update_seconds),
    wentBack: m.back_transitions > 0,
    cadence: m.cadence.map((c) => ({ audience: c.name, onCadence: c.on_cadence, total: c.updates })),
  };
}

function reportObligation(o: Obligation, metrics: Metrics): ReportObligation {
  const d = metrics.deadlines.find((x) => x.obligation_id === o.id);
  const met = d?.outcome === 'met' ? true : d?.outcome === 'missed' ? false : null;
  return {
    kind: o.kind,
    status: o.status,
    dueAt: o.due_at,
    submittedAt: o.submission?.submitted_at ?? null,
    reference: o.submission?.reference || null,
    notRequiredReasoning: o.not_required?.reasoning ?? null,
    met,
    marginMs: met === null || d?.minutes == null ? null : (met ? 1 : -1) * d.minutes * 60_000,
  };
}

/** What each of the incident's audiences was told, in the plan's order, in the report's language when written in it. */
async function communication(
  tx: Tx,
  plan: Plan,
  incident: IncidentRow,
  language: Language,
): Promise<{ audiences: ReportInput['communication']; subjects: Map<string, string> }> {
  const [incidentAudiences, messages] = await Promise.all([
    listAudiences(tx, incident.id),
    listMessages(tx, incident.id),
  ]);
  const published = messages
    .filter((m) => m.status === 'published' && m.published_at)
    .sort((a, b) => a.published_at!.localeCompare(b.published_at!));
  const contents = await listContents(
    tx,
    published.map((m) => m.id),
  );
  const ids = new Set([
    ...incidentAudiences.map((a) => a.audience_id),
    ...published.map((m) => m.audience_id),
  ]);
  const order = plan.audiences.map((a) => a.id).filter((id) => ids.has(id));
  for (const id of ids) if (!order.includes(id)) order.push(id);
  const subjects = new Map<string, string>();
  const audiences = order.map((id) => {
    const planned = plan.audiences.find((a) => a.id === id);
    return {
      audience: planned?.name ?? id,
      internal: planned?.internal ?? false,
      messages: published
        .filter((m) => m.audience_id === id)
        .map((m) => {
          const own = contents.filter((c) => c.message_id === m.id);
          const text = own.find((c) => c.language === language) ?? own[0];
          subjects.set(m.id, text?.subject ?? '');
          return {
            publishedAt: m.published_at!,
            subject: text?.subject ?? '',
            body: text ? markdownToText(text.body) : '',
            correction: m.corrects_id !== null,
            channels: JSON.parse(m.channels) as string[],
          };
        }),
    };
  });
  return { audiences, subjects };
}

/** The events a report tells, in words; other events only when the team pinned them. */
async function moments(
  tx: Tx,
  plan: Plan,
  incident: IncidentRow,
  language: Language,
  names: Map<string, string>,
  subjects: Map<string, string>,
): Promise<ReportMoment[]> {
  const pinned = await pinnedEventIds(tx, incident.id);
  const early = (await incidentSignalRows(tx, incident.id)).filter(
    (r) => r.received_at <= incident.declared_at,
  );
  const told = new Set(early.map((r) => r.id));
  const out: ReportMoment[] = early.map((r) => ({
    at: r.received_at,
    kind: 'signal' as const,
    // An employee's words stay on their report (they may name colleagues): the report says only that one came.
    params: { title: r.source === 'employee' ? t(language, 'report.signal.employee') : r.title },
    actor: null,
    pinned: false,
  }));
  for await (const e of readChain(tx, incident.id)) {
    const m = moment(e, plan, language, subjects);
    if (!m) continue;
    if (e.type === 'report.merged' && told.has(String((e.payload as { report_id?: unknown }).report_id)))
      continue;
    const isPinned = pinned.has(e.id);
    if (m.kind === 'other' && !isPinned && !TOLD.has(e.type)) continue;
    if (m.kind === 'note' && !isPinned) continue;
    out.push({ ...m, at: e.at, actor: e.actorId ? (names.get(e.actorId) ?? null) : null, pinned: isPinned });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** Told although not pinned: the legal assessment starts the clocks an auditor asks about. */
const TOLD = new Set(['assessment.recorded']);
const SKIPPED = new Set(['event.pinned', 'event.unpinned', 'member.added', 'member.removed']);

function moment(
  e: StoredEvent,
  plan: Plan,
  language: Language,
  subjects: Map<string, string>,
): Pick<ReportMoment, 'kind' | 'params'> | null {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
  const phase = (v: unknown) => t(language, `report.phase.${s(v)}`);
  const named = (list: Array<{ id: string; name: string }>, id: unknown) =>
    list.find((x) => x.id === id)?.name ?? s(id);
  switch (e.type) {
    case 'incident.declared':
      return {
        kind: 'declared',
        params: { severity: named(plan.severities, p.severity_id), title: s(p.title) },
      };
    case 'incident.awareness_changed':
      return {
        kind: 'awareness_changed',
        params: { at: formatDateTime(s(p.after), language, DEFAULT_TIME_ZONE), reason: s(p.reason) },
      };
    case 'incident.phase_changed':
      if (p.to === 'closed') return { kind: 'closed', params: {} };
      return p.direction === 'back'
        ? { kind: 'phase_back', params: { phase: phase(p.to), reason: s(p.reason) } }
        : { kind: 'phase_forward', params: { phase: phase(p.to) } };
    case 'decision.recorded':
      return { kind: 'decision', params: { title: s(p.title) } };
    case 'message.published':
      return {
        kind: 'message',
        params: {
          audience: named(plan.audiences, p.audience_id),
          subject: subjects.get(s(p.message_id)) ?? '',
        },
      };
    case 'obligation.submitted':
      return {
        kind: 'obligation_submitted',
        params: { duty: t(language, `legal.kind.${s(p.kind)}`), reference: s(p.reference) },
      };
    case 'obligation.not_required':
      return { kind: 'obligation_not_required', params: { duty: t(language, `legal.kind.${s(p.kind)}`) } };
    case 'role.assigned':
    case 'role.handed_over':
      return {
        kind: 'role',
        params: {
          role: named(plan.roles, p.role_id),
          name: s((p.to as { name?: string } | undefined)?.name),
        },
      };
    case 'service.state_changed':
      return {
        kind: 'service',
        params: {
          service: named(plan.services, p.service_id),
          state: t(language, `legal.draft.service.${s(p.after)}`),
        },
      };
    case 'note.added':
      return { kind: 'note', params: { text: s(p.text) } };
    case 'report.merged':
      return {
        kind: 'signal',
        params: { title: p.title ? s(p.title) : t(language, 'report.signal.employee') },
      };
    default: {
      if (SKIPPED.has(e.type)) return null;
      // Other events are told only when pinned, by what kind of change they were.
      const key = `report.event.${e.type.replace(/\./g, '_')}`;
      return { kind: 'other', params: { what: t(language, isMessageKey(key) ? key : 'report.event.other') } };
    }
  }
}
