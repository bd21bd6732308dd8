// A refused plan as a DomainError: every problem with its path and, for YAML, line and column.
import { DomainError } from '../../core/errors.js';
import type { PlanError } from '../../core/plan/index.js';

export function planRefused(errors: PlanError[]): DomainError {
  return new DomainError(
    'invalid',
    'error.plan_invalid',
    { count: errors.length },
    errors.map((e) => ({
      field: e.path.length > 0 ? e.path.join('.') : 'plan',
      key: 'error.plan_invalid',
      message: e.message,
      ...(e.line !== undefined ? { line: e.line } : {}),
      ...(e.column !== undefined ? { column: e.column } : {}),
    })),
  );
}
