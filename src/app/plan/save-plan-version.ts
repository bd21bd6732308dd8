// Stores a validated plan as the next version and records it on the organisation's timeline (caller's transaction).
import { diffPlans, type Plan } from '../../core/plan/index.js';
import { insertPlanVersion } from '../../store/repos/plan.js';
import type { Unit } from '../context.js';

export async function savePlanVersion(
  u: Unit,
  input: {
    yaml: string;
    plan: Plan;
    previous: Plan | null;
    description: string;
    authorId: string | null;
    restoredFrom?: number;
  },
): Promise<number> {
  const number = await insertPlanVersion(u.tx, {
    yaml: input.yaml,
    description: input.description,
    author_id: input.authorId,
    created_at: u.now,
    restored_from: input.restoredFrom ?? null,
  });
  const changes = input.previous ? diffPlans(input.previous, input.plan, 'en') : [];
  await u.event(
    input.restoredFrom !== undefined ? 'plan.restored' : 'plan.changed',
    {
      version: number,
      description: input.description,
      ...(input.restoredFrom !== undefined ? { restored_from: input.restoredFrom } : {}),
      // What changed, in short, so the organisation timeline reads without opening the diff.
      changes: changes.slice(0, 20).map((c) => ({ kind: c.kind, label: c.label })),
      change_count: changes.length,
    },
    { subject: `plan:${number}` },
  );
  return number;
}
