// Checklist tasks: todo, doing, done, or skipped with a reason; done and skipped tasks can be opened again.
import { DomainError } from '../errors.js';
import type { CloseGuard } from './phases.js';

export const taskStatuses = ['todo', 'doing', 'done', 'skipped'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export interface TaskState {
  status: TaskStatus;
  skipReason: string | null;
}

export interface TaskChange {
  from: TaskStatus;
  to: TaskStatus;
  skipReason: string | null;
}

export function changeTaskStatus(task: TaskState, to: TaskStatus, reason: string | null): TaskChange {
  if (!taskStatuses.includes(to))
    throw new DomainError('invalid', 'error.invalid', {}, [{ field: 'status', key: 'task.unknown_status' }]);
  if (task.status === to) throw new DomainError('conflict', 'task.same_status', { status: to });
  const why = reason?.trim() || null;
  if (to === 'skipped' && !why)
    throw new DomainError('invalid', 'error.invalid', {}, [
      { field: 'reason', key: 'task.skip_needs_reason' },
    ]);
  return { from: task.status, to, skipReason: to === 'skipped' ? why : null };
}

export const isOpenTask = (t: TaskState) => t.status === 'todo' || t.status === 'doing';

/** The first close guard: no task may still be open (skip it with a reason if it no longer applies). */
export const noOpenTasks: CloseGuard<{ tasks: ReadonlyArray<TaskState> }> = (state) => {
  const open = state.tasks.filter(isOpenTask).length;
  return open > 0 ? [{ key: 'phase.guard_open_tasks', params: { count: open } }] : [];
};
