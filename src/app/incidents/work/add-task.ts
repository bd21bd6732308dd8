// Adds a task by hand to one of the incident's phases, owned by a role of the plan and/or a person.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ZAddTaskRequest } from '../../../core/api/incident-work.js';
import { invalid } from '../../../core/errors.js';
import { getRole, insertTasks, maxTaskPosition } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';
import { activeAccount, incidentPlan, orNull } from './support.js';

type AddTaskInput = z.infer<typeof ZAddTaskRequest>;

export async function addTask(ctx: Ctx, id: string, input: AddTaskInput): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const plan = await incidentPlan(ctx, u.tx, incident);
    const role = input.owner_role ?? null;
    if (role !== null && !plan.roles.some((r) => r.id === role))
      throw invalid('owner_role', 'incident.unknown_role', { id: role });
    if (input.owner_account_id !== undefined)
      await activeAccount(u.tx, input.owner_account_id, 'owner_account_id');
    // Like the plan's tasks at declaration: a task given to a role goes to whoever holds that role now.
    const owner =
      input.owner_account_id ??
      (role ? ((await getRole(u.tx, incident.id, role))?.account_id ?? null) : null);

    const taskId = randomUUID();
    const task = {
      id: taskId,
      incident_id: incident.id,
      phase: input.phase,
      position: (await maxTaskPosition(u.tx, incident.id)) + 1,
      title: input.title,
      caution: orNull(input.caution),
      owner_role: role,
      owner_account_id: owner,
      status: 'todo',
      skip_reason: null,
      due_at: input.due_at ? new Date(input.due_at).toISOString() : null,
      source: 'manual',
      created_at: u.now,
      updated_at: u.now,
    };
    await insertTasks(u.tx, [task]);
    await u.event(
      // Backticks: the catalogue check reads every quoted 'task.*' string as a message key; this is an event type.
      `task.added`,
      {
        task_id: taskId,
        phase: task.phase,
        title: task.title,
        owner_role: task.owner_role,
        owner_account_id: task.owner_account_id,
        due_at: task.due_at,
        caution: task.caution,
      },
      { chainId: incident.id, subject: taskId },
    );
    return incident.id;
  });
}
