// Reads plan versions and parses them once: a version never changes, so its parsed plan is kept per store.
import { DomainError } from '../../core/errors.js';
import { validatePlanYaml, type Plan } from '../../core/plan/index.js';
import type { Store, Tx } from '../../store/db.js';
import { getPlanVersion, latestPlanVersion, type PlanVersionRow } from '../../store/repos/plan.js';

const parsed = new WeakMap<Store, Map<number, Plan>>();

export function parseVersion(store: Store, row: PlanVersionRow): Plan {
  let cache = parsed.get(store);
  if (!cache) parsed.set(store, (cache = new Map()));
  const number = Number(row.number);
  const hit = cache.get(number);
  if (hit) return hit;
  const result = validatePlanYaml(row.yaml, 'en');
  // Only valid plans are ever stored; a row that no longer parses was changed behind Stormbell's back.
  if (!result.ok)
    throw new Error(
      `Plan version ${number} in the database is not a valid plan: ${result.errors[0]?.message}`,
    );
  cache.set(number, result.plan);
  return result.plan;
}

export async function currentPlan(
  store: Store,
  tx: Tx = store.db,
): Promise<{ row: PlanVersionRow; plan: Plan }> {
  const row = await latestPlanVersion(tx);
  if (!row) throw new DomainError('not_found', 'error.not_found', { what: 'plan' });
  return { row, plan: parseVersion(store, row) };
}

export async function planVersion(
  store: Store,
  number: number,
): Promise<{ row: PlanVersionRow; plan: Plan }> {
  const row = await getPlanVersion(store.db, number);
  if (!row) throw new DomainError('not_found', 'error.not_found', { what: 'plan_version' });
  return { row, plan: parseVersion(store, row) };
}
