// Declares an incident and activates the plan: a reference, role holders from the plan (told by email), the
// scenario's checklists as tasks, the audiences with their cadence, and the awareness time the legal clocks use.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ZDeclareRequest } from '../../core/api/incidents.js';
import { DomainError } from '../../core/errors.js';
import { incidentReference } from '../../core/incident/reference.js';
import { phases, type Plan, type PlanPerson } from '../../core/plan/index.js';
import { getAccountByEmail } from '../../store/repos/accounts.js';
import {
  claimReports,
  insertAudiences,
  insertIncident,
  insertTasks,
  nextIncidentNumber,
  upsertRole,
  type TaskRow,
} from '../../store/repos/incidents.js';
import { inTransaction, requireActor, type Ctx, type Unit } from '../context.js';
import { currentPlan } from '../plan/current-plan.js';
import { notifyRoleHolders } from './notify-role-holders.js';

type DeclareInput = z.infer<typeof ZDeclareRequest>;

function refuse(field: string, key: string, id: string): DomainError {
  return new DomainError('invalid', 'error.invalid', {}, [{ field, key, params: { id } }]);
}

async function assignRolesFromPlan(u: Unit, incidentId: string, plan: Plan) {
  const people = new Map<string, PlanPerson>(plan.people.map((p) => [p.id, p]));
  const assigned: Array<{ role_id: string; person_id: string; account_id: string | null; name: string }> = [];
  for (const role of plan.roles) {
    const person = people.get(role.primary);
    if (!person) continue;
    const account = await getAccountByEmail(u.tx, person.email);
    const accountId = account && !account.deactivated_at ? account.id : null;
    await upsertRole(u.tx, {
      incident_id: incidentId,
      role_id: role.id,
      person_id: person.id,
      account_id: accountId,
      name: person.name,
      email: person.email,
      phone: person.phone,
      assigned_at: u.now,
    });
    assigned.push({ role_id: role.id, person_id: person.id, account_id: accountId, name: person.name });
  }
  return assigned;
}

function tasksFromScenario(
  incidentId: string,
  plan: Plan,
  scenarioId: string,
  roles: Map<string, string | null>,
  now: string,
): TaskRow[] {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId)!;
  let position = 0;
  return phases.flatMap((phase) =>
    scenario.phases[phase].map((t) => ({
      id: randomUUID(),
      incident_id: incidentId,
      phase,
      position: ++position,
      title: t.title,
      caution: t.caution ?? null,
      owner_role: t.owner,
      owner_account_id: roles.get(t.owner) ?? null,
      status: 'todo',
      skip_reason: null,
      due_at: t.due_minutes ? new Date(Date.parse(now) + t.due_minutes * 60_000).toISOString() : null,
      source: 'plan',
      created_at: now,
      updated_at: now,
    })),
  );
}

export async function declareIncident(ctx: Ctx, input: DeclareInput) {
  requireActor(ctx, 'responder');
  const id = randomUUID();
  await inTransaction(ctx, (u) => declareIncidentIn(ctx, u, input, id));
  return id;
}

/** The declaration inside a transaction the caller holds (an exercise declares its incident with its own rows). */
export async function declareIncidentIn(ctx: Ctx, u: Unit, input: DeclareInput, id: string = randomUUID()) {
  const actor = requireActor(ctx, 'responder');
  {
    const { row: planRow, plan } = await currentPlan(ctx.store, u.tx);
    const scenario = plan.scenarios.find((s) => s.id === input.scenario_id);
    if (!scenario) throw refuse('scenario_id', 'incident.unknown_scenario', input.scenario_id);
    const severity = plan.severities.find((s) => s.id === input.severity_id);
    if (!severity) throw refuse('severity_id', 'incident.unknown_severity', input.severity_id);

    const declaredAt = u.now;
    const reference = incidentReference(
      Number(declaredAt.slice(0, 4)),
      await nextIncidentNumber(u.tx, Number(declaredAt.slice(0, 4))),
    );
    const awarenessAt = input.awareness_at ? new Date(input.awareness_at).toISOString() : declaredAt;
    await insertIncident(u.tx, {
      id,
      reference,
      title: input.title,
      scenario_id: scenario.id,
      severity_id: severity.id,
      phase: 'detection',
      restricted: input.restricted ? 1 : 0,
      exercise: input.exercise ? 1 : 0,
      personal_data: input.personal_data ?? 'unknown',
      awareness_at: awarenessAt,
      declared_at: declaredAt,
      declared_by: actor.id,
      eta_at: null,
      eta_confidence: null,
      plan_version: Number(planRow.number),
      phase_changed_at: declaredAt,
      closed_at: null,
      updated_at: declaredAt,
    });

    const roles = await assignRolesFromPlan(u, id, plan);
    const tasks = tasksFromScenario(
      id,
      plan,
      scenario.id,
      new Map(roles.map((r) => [r.role_id, r.account_id])),
      declaredAt,
    );
    await insertTasks(u.tx, tasks);
    const audiences = scenario.audiences.map((a) => ({
      incident_id: id,
      audience_id: a,
      cadence_minutes: severity.cadence[a] ?? plan.audiences.find((x) => x.id === a)?.cadence_minutes ?? 60,
    }));
    await insertAudiences(u.tx, audiences);

    const reportIds = input.report_ids ?? [];
    const claimed = await claimReports(u.tx, reportIds, id, actor.id, declaredAt);
    const notClaimed = reportIds.find((r) => !claimed.includes(r));
    if (notClaimed) throw refuse('report_ids', 'incident.report_not_new', notClaimed);

    await u.event(
      'incident.declared',
      {
        reference,
        title: input.title,
        scenario_id: scenario.id,
        severity_id: severity.id,
        restricted: !!input.restricted,
        exercise: !!input.exercise,
        personal_data: input.personal_data ?? 'unknown',
        awareness_at: awarenessAt,
        plan_version: Number(planRow.number),
        roles: roles.map((r) => ({ role_id: r.role_id, name: r.name })),
        tasks: tasks.length,
        audiences: audiences.map((a) => ({ audience_id: a.audience_id, cadence_minutes: a.cadence_minutes })),
        reports: claimed,
      },
      { chainId: id, subject: id },
    );
    for (const reportId of claimed)
      await u.event('report.declared', { reference, incident_id: id }, { subject: reportId });
    await notifyRoleHolders(
      u,
      ctx.config.publicUrl,
      {
        id,
        reference,
        title: input.title,
        exercise: !!input.exercise,
        scenario_id: scenario.id,
        severity_id: severity.id,
      },
      plan,
      actor.name,
    );
  }
  return id;
}
