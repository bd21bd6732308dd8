// What changed between two plan versions, in words: list items are matched by id, so a moved role is not "changed".
import type { Plan } from './schema.js';
import type { PlanLanguage } from './enums.js';
import type { PlanPath } from './problem.js';
import { locate } from './location.js';

export interface PlanChange {
  kind: 'added' | 'removed' | 'changed';
  path: PlanPath;
  label: string;
  before: unknown;
  after: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (list: unknown[]) =>
  list.length > 0 && list.every((x) => isObject(x) && typeof x.id === 'string');
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Raw {
  kind: PlanChange['kind'];
  /** Path in the version the change is best described in: the old one for removals, the new one otherwise. */
  path: PlanPath;
  before: unknown;
  after: unknown;
}

function walk(before: unknown, after: unknown, path: PlanPath, out: Raw[], afterPath: PlanPath = path): void {
  if (equal(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(key in after))
        out.push({ kind: 'removed', path: [...path, key], before: before[key], after: undefined });
      else if (!(key in before))
        out.push({ kind: 'added', path: [...afterPath, key], before: undefined, after: after[key] });
      else walk(before[key], after[key], [...path, key], out, [...afterPath, key]);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && (hasIds(before) || hasIds(after))) {
    const index = (list: Json[]) => new Map(list.map((x, i) => [(x as { id: string }).id, i]));
    const oldIds = index(before as Json[]);
    const newIds = index(after as Json[]);
    for (const [id, i] of oldIds) {
      const j = newIds.get(id);
      if (j === undefined)
        out.push({ kind: 'removed', path: [...path, i], before: before[i], after: undefined });
      else walk(before[i], after[j], [...path, i], out, [...afterPath, j]);
    }
    for (const [id, j] of newIds) {
      if (!oldIds.has(id))
        out.push({ kind: 'added', path: [...afterPath, j], before: undefined, after: after[j] });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isObject)) {
    // Lists of objects without ids (checklist tasks): compared place by place.
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i >= after.length)
        out.push({ kind: 'removed', path: [...path, i], before: before[i], after: undefined });
      else if (i >= before.length)
        out.push({ kind: 'added', path: [...afterPath, i], before: undefined, after: after[i] });
      else walk(before[i], after[i], [...path, i], out, [...afterPath, i]);
    }
    return;
  }
  // A value, or a short list of values (deputies, channels): shown whole, before and after.
  out.push({ kind: 'changed', path: afterPath, before, after });
}

// Fields that hold ids of other things in the plan, and the list those things are in: shown by name.
const references: Record<string, 'people' | 'roles' | 'audiences'> = {
  primary: 'people',
  deputies: 'people',
  person: 'people',
  owner: 'roles',
  approval: 'roles',
  audiences: 'audiences',
};

function byName(plan: Plan, key: string | number | undefined, value: unknown): unknown {
  const list = typeof key === 'string' ? references[key] : undefined;
  if (!list) return value;
  const names = new Map<string, string>(
    (plan[list] as Array<{ id: string; name: string }>).map((x) => [x.id, x.name]),
  );
  const name = (v: unknown) => (typeof v === 'string' ? (names.get(v) ?? v) : v);
  return Array.isArray(value) ? value.map(name) : name(value);
}

export function diffPlans(before: Plan, after: Plan, lang: PlanLanguage): PlanChange[] {
  const raw: Raw[] = [];
  walk(before, after, [], raw);
  return raw.map((c) => {
    const root = c.kind === 'removed' ? before : after;
    const whole = c.kind !== 'changed' && typeof c.path[c.path.length - 1] === 'number';
    const loc = locate(root, c.path, lang, { whole, names: true });
    const key = c.path[c.path.length - 1];
    return {
      ...c,
      label: loc.field ? `${loc.where}: ${loc.field}` : loc.where,
      before: byName(before, key, c.before),
      after: byName(after, key, c.after),
    };
  });
}
