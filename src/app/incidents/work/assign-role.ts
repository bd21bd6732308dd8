// Gives a role of the plan to someone in this incident, or hands it over from its holder: an account, or a person.
import type { RoleHolderRequest } from '../../../core/api/incident-work.js';
import { invalid } from '../../../core/errors.js';
import type { Plan } from '../../../core/plan/index.js';
import { getRole, reassignOpenTasks, upsertRole } from '../../../store/repos/incidents.js';
import type { Tx } from '../../../store/db.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';
import { activeAccount, incidentPlan } from './support.js';
import { tellRoleHolder } from '../notify-role-holders.js';

interface Holder {
  person_id: string | null;
  account_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
}

const planPerson = (plan: Plan, email: string | null | undefined) =>
  email ? plan.people.find((p) => p.email.toLowerCase() === email.toLowerCase()) : undefined;

async function holderOf(tx: Tx, plan: Plan, input: RoleHolderRequest): Promise<Holder> {
  if (input.account_id !== undefined) {
    const account = await activeAccount(tx, input.account_id, 'account_id');
    // The plan may know this person's phone number; the account does not keep one.
    const person = planPerson(plan, account.email);
    return {
      person_id: person?.id ?? null,
      account_id: account.id,
      name: account.name,
      email: account.email,
      phone: person?.phone ?? null,
    };
  }
  return {
    person_id: planPerson(plan, input.email)?.id ?? null,
    account_id: null,
    name: input.name!,
    email: input.email ?? null,
    phone: input.phone ?? null,
  };
}

const sameHolder = (a: Holder, b: Holder) =>
  a.account_id !== null || b.account_id !== null
    ? a.account_id === b.account_id
    : a.name === b.name && a.email === b.email && a.phone === b.phone;

// The timeline cannot forget, so it names who held the role but keeps their email and phone out of it.
const recorded = (h: Holder) => ({ account_id: h.account_id, person_id: h.person_id, name: h.name });

export async function assignRole(
  ctx: Ctx,
  id: string,
  roleId: string,
  input: RoleHolderRequest,
): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const plan = await incidentPlan(ctx, u.tx, incident);
    if (!plan.roles.some((r) => r.id === roleId))
      throw invalid('role_id', 'incident.unknown_role', { id: roleId });
    const holder = await holderOf(u.tx, plan, input);
    const previous = await getRole(u.tx, incident.id, roleId);
    if (previous && sameHolder(previous, holder)) return incident.id;

    await upsertRole(u.tx, { incident_id: incident.id, role_id: roleId, ...holder, assigned_at: u.now });
    const moved = await reassignOpenTasks(
      u.tx,
      incident.id,
      roleId,
      previous?.account_id ?? null,
      holder.account_id,
      u.now,
    );
    if (holder.email) {
      // The new holder hears it from Stormbell, not only from whoever made the change.
      const person = planPerson(plan, holder.email);
      const account = holder.account_id
        ? await activeAccount(u.tx, holder.account_id, 'account_id')
        : undefined;
      const language =
        person?.language ?? (account?.language as 'nl' | 'en' | undefined) ?? plan.organisation.language;
      const roleName = plan.roles.find((r) => r.id === roleId)!.name;
      await tellRoleHolder(
        u,
        ctx.config.publicUrl,
        { ...incident, exercise: incident.exercise === 1 },
        plan,
        { key: `${roleId}:${u.now}`, name: holder.name, email: holder.email, language },
        [roleName],
        ctx.actor!.name,
      );
    }
    if (previous)
      await u.event(
        'role.handed_over',
        { role_id: roleId, from: recorded(previous), to: recorded(holder), open_tasks_moved: moved },
        { chainId: incident.id, subject: roleId },
      );
    else
      await u.event(
        'role.assigned',
        { role_id: roleId, to: recorded(holder) },
        { chainId: incident.id, subject: roleId },
      );
    return incident.id;
  });
}
