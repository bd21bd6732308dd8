// Careful reading of a plan that has not been validated yet: any part may be missing or of the wrong type.
import type { PlanPath } from './problem.js';

export type RawMap = Record<string, unknown>;

export function isMap(value: unknown): value is RawMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The string items of a list, with their positions; anything else is skipped (the shape check reports it). */
export function strings(value: unknown): Array<[number, string]> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i): Array<[number, string]> => (typeof v === 'string' ? [[i, v]] : []));
}

/** The map items of a list, with their positions. */
export function maps(value: unknown): Array<[number, RawMap]> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i): Array<[number, RawMap]> => (isMap(v) ? [[i, v]] : []));
}

/** The map items of one of the plan's top-level lists, with their positions. */
export function section(plan: RawMap, name: string): Array<[number, RawMap]> {
  return maps(plan[name]);
}

/** The string ids of a list's items. */
export function idsOf(items: Array<[number, RawMap]>): Set<string> {
  return new Set(items.flatMap(([, m]) => (typeof m.id === 'string' ? [m.id] : [])));
}

export function valueAt(root: unknown, path: PlanPath): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number' && seg < node.length) node = node[seg];
    else if (isMap(node) && Object.prototype.hasOwnProperty.call(node, seg)) node = node[String(seg)];
    else return { found: false, value: undefined };
  }
  return { found: true, value: node };
}
