// Paths in the plan ("roles.0.deputies") as strings, and the DOM id of the input that edits each path.
import type { PlanPath } from '@core/plan/index';

export type Path = string;

export function pathKey(path: PlanPath | readonly (string | number)[]): Path {
  return path.join('.');
}

/** The id of the element that edits `path`; the error summary links and focuses it. */
export function fieldId(path: Path): string {
  return `pe-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** `path` and then each shorter path above it: "roles.0.deputies.1", "roles.0.deputies", "roles.0", "roles". */
export function pathAndParents(path: Path): Path[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/** A path from its parts: at('roles', 0, 'deputies') is "roles.0.deputies". */
export function at(...parts: (string | number)[]): Path {
  return parts.join('.');
}
