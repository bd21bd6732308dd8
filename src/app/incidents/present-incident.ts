// What the API shows of an incident: the list item, and the whole picture for the incident page.
import type { Incident, IncidentDetail } from '../../core/api/incidents.js';
import type { Plan } from '../../core/plan/index.js';
import { hasAccess } from '../../core/access.js';
import { listAccounts } from '../../store/repos/accounts.js';
import {
  latestFactSheet,
  listAudiences,
  listDecisions,
  listMembers,
  listRoles,
  listServices,
  listTasks,
  type IncidentRow,
} from '../../store/repos/incidents.js';
import { eventsOfTypes } from '../../store/repos/timeline.js';
import type { Store, Tx } from '../../store/db.js';
import type { Actor } from '../context.js';
import { planVersion } from '../plan/current-plan.js';
import { canAct } from './access.js';

const rolePosition = (plan: Plan, id: string) => {
  const i = plan.roles.findIndex((r) => r.id === id);
  return i < 0 ? plan.roles.length : i;
};

const byId = <T extends { id: string }>(list: readonly T[], id: string | null) =>
  id ? list.find((x) => x.id === id) : undefined;

export function presentIncident(
  row: IncidentRow,
  plan: Plan,
  counts: { open: number; overdue: number },
): Incident {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    scenario_id: row.scenario_id,
    scenario_name: byId(plan.scenarios, row.scenario_id)?.name ?? row.scenario_id,
    severity_id: row.severity_id,
    severity_name: byId(plan.severities, row.severity_id)?.name ?? row.severity_id,
    phase: row.phase as Incident['phase'],
    restricted: row.restricted === 1,
    exercise: row.exercise === 1,
    personal_data: row.personal_data as Incident['personal_data'],
    declared_at: row.declared_at,
    awareness_at: row.awareness_at,
    phase_changed_at: row.phase_changed_at,
    eta_at: row.eta_at,
    eta_confidence: row.eta_confidence as Incident['eta_confidence'],
    closed_at: row.closed_at,
    open_tasks: counts.open,
    overdue_tasks: counts.overdue,
  };
}

export async function presentIncidentDetail(
  store: Store,
  tx: Tx,
  row: IncidentRow,
  actor: Actor,
  now: Date,
): Promise<IncidentDetail> {
  const { plan } = await planVersion(store, Number(row.plan_version));
  const names = new Map((await listAccounts(tx)).map((a) => [a.id, a.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const nowIso = now.toISOString();
  const mayContact = hasAccess(actor.level, 'responder');
  const tasks = await listTasks(tx, row.id);
  const open = tasks.filter((t) => t.status === 'todo' || t.status === 'doing');
  const overdue = (t: (typeof tasks)[number]) =>
    (t.status === 'todo' || t.status === 'doing') && !!t.due_at && t.due_at < nowIso;
  const services = new Map((await listServices(tx, row.id)).map((s) => [s.service_id, s]));
  const facts = await latestFactSheet(tx, row.id);
  const history = await eventsOfTypes(tx, row.id, [
    'incident.declared',
    'incident.phase_changed',
    'eta.changed',
  ]);
  const payload = (e: (typeof history)[number]) => (e.payload ?? {}) as Record<string, unknown>;

  return {
    ...presentIncident(row, plan, { open: open.length, overdue: open.filter(overdue).length }),
    plan_version: Number(row.plan_version),
    declared_by_name: nameOf(row.declared_by),
    // In the plan's order (commander first); contact details only for responders and admins, like the plan itself.
    roles: (await listRoles(tx, row.id))
      .sort((a, b) => rolePosition(plan, a.role_id) - rolePosition(plan, b.role_id))
      .map((r) => ({
        role_id: r.role_id,
        role_name: byId(plan.roles, r.role_id)?.name ?? r.role_id,
        person_id: r.person_id,
        account_id: r.account_id,
        name: r.name,
        email: mayContact ? r.email : null,
        phone: mayContact ? r.phone : null,
        assigned_at: r.assigned_at,
      })),
    members: (await listMembers(tx, row.id)).map((m) => ({
      account_id: m.account_id,
      name: m.name,
      email: m.email,
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      phase: t.phase as IncidentDetail['tasks'][number]['phase'],
      position: Number(t.position),
      title: t.title,
      caution: t.caution,
      owner_role: t.owner_role,
      owner_role_name: t.owner_role ? (byId(plan.roles, t.owner_role)?.name ?? t.owner_role) : null,
      owner_account_id: t.owner_account_id,
      owner_name: nameOf(t.owner_account_id),
      status: t.status as IncidentDetail['tasks'][number]['status'],
      skip_reason: t.skip_reason,
      due_at: t.due_at,
      overdue: overdue(t),
      source: t.source as 'plan' | 'manual',
    })),
    decisions: (await listDecisions(tx, row.id)).map((d) => ({
      id: d.id,
      title: d.title,
      rationale: d.rationale,
      alternatives: d.alternatives,
      business_impact: d.business_impact,
      decided_by_name: nameOf(d.decided_by),
      decided_at: d.decided_at,
    })),
    fact_sheet: facts
      ? {
          version: Number(facts.version),
          what_happened: facts.what_happened,
          affected: facts.affected,
          actions: facts.actions,
          advice: facts.advice,
          expected_recovery: facts.expected_recovery,
          next_update_at: facts.next_update_at,
          author_name: nameOf(facts.author_id),
          created_at: facts.created_at,
        }
      : null,
    services: plan.services.map((s) => {
      const state = services.get(s.id);
      return {
        service_id: s.id,
        name: s.name,
        criticality: s.criticality,
        state: (state?.state ?? 'operational') as IncidentDetail['services'][number]['state'],
        updated_at: state?.updated_at ?? row.declared_at,
      };
    }),
    audiences: (await listAudiences(tx, row.id)).map((a) => ({
      audience_id: a.audience_id,
      name: byId(plan.audiences, a.audience_id)?.name ?? a.audience_id,
      cadence_minutes: Number(a.cadence_minutes),
    })),
    eta_history: history
      .filter((e) => e.type === 'eta.changed')
      .map((e) => ({
        at: e.at,
        eta_at: (payload(e).eta_at as string | null) ?? null,
        confidence: (payload(e).confidence as IncidentDetail['eta_confidence']) ?? null,
        by_name: nameOf(e.actorId),
      })),
    phases: history
      .filter((e) => e.type !== 'eta.changed')
      .map((e) => ({
        phase: (e.type === 'incident.declared' ? 'detection' : payload(e).to) as IncidentDetail['phase'],
        entered_at: e.at,
      })),
    can_act: await canAct(tx, actor, row),
  };
}
