// Changes a task: its status (todo, doing, done, skipped with a reason) and/or its title, owner and due time.
import type { ChangeTaskRequest } from '../../../core/api/incident-work.js';
import { invalid, notFound } from '../../../core/errors.js';
import { changeTaskStatus, type TaskStatus } from '../../../core/incident/tasks.js';
import { getTask, updateTask, type TaskRow } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';
import { activeAccount, incidentPlan } from './support.js';

const detailFields = ['title', 'owner_role', 'owner_account_id', 'due_at'] as const;
type Details = Partial<Pick<TaskRow, (typeof detailFields)[number]>>;

/** The fields the request really changes, before and after; the web form sends every field, changed or not. */
function detailChanges(task: TaskRow, input: ChangeTaskRequest) {
  const wanted: Details = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.owner_role !== undefined ? { owner_role: input.owner_role } : {}),
    ...(input.owner_account_id !== undefined ? { owner_account_id: input.owner_account_id } : {}),
    ...(input.due_at !== undefined
      ? { due_at: input.due_at === null ? null : new Date(input.due_at).toISOString() }
      : {}),
  };
  const before: Details = {};
  const after: Details = {};
  for (const field of detailFields) {
    if (!(field in wanted) || wanted[field] === task[field]) continue;
    Object.assign(before, { [field]: task[field] });
    Object.assign(after, { [field]: wanted[field] });
  }
  return { before, after };
}

export async function changeTask(
  ctx: Ctx,
  id: string,
  taskId: string,
  input: ChangeTaskRequest,
): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const task = await getTask(u.tx, incident.id, taskId);
    if (!task) throw notFound('task');
    const { before, after } = detailChanges(task, input);
    if (after.owner_role) {
      const plan = await incidentPlan(ctx, u.tx, incident);
      if (!plan.roles.some((r) => r.id === after.owner_role))
        throw invalid('owner_role', 'incident.unknown_role', { id: after.owner_role });
    }
    if (after.owner_account_id) await activeAccount(u.tx, after.owner_account_id, 'owner_account_id');
    const status =
      input.status === undefined
        ? null
        : changeTaskStatus(
            { status: task.status as TaskStatus, skipReason: task.skip_reason },
            input.status,
            input.reason ?? null,
          );
    if (!status && Object.keys(after).length === 0) return incident.id;

    await updateTask(u.tx, task.id, {
      ...after,
      ...(status ? { status: status.to, skip_reason: status.skipReason } : {}),
      updated_at: u.now,
    });
    // Event types in backticks: the catalogue check reads every quoted 'task.*' string as a message key.
    if (status)
      await u.event(
        `task.status_changed`,
        {
          task_id: task.id,
          title: after.title ?? task.title,
          from: status.from,
          to: status.to,
          reason: status.skipReason,
        },
        { chainId: incident.id, subject: task.id },
      );
    if (Object.keys(after).length > 0)
      await u.event(
        `task.updated`,
        { task_id: task.id, before, after },
        { chainId: incident.id, subject: task.id },
      );
    return incident.id;
  });
}
