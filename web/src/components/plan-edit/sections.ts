// The editor's sections: their routes under /plan/edit and which part of the plan each one edits.
import type { Path } from './field-id';

/** Where the editor lives; the plan pages route it at /plan/edit/*. */
export const EDIT_BASE = '/plan/edit';

export const sections = [
  'team',
  'roles',
  'contacts',
  'severities',
  'services',
  'audiences',
  'scenarios',
  'regulatory',
] as const;

export type Section = (typeof sections)[number];

/** The top-level plan key each section edits (the regulatory section also holds the organisation fields). */
const keysOf: Record<Section, readonly string[]> = {
  team: ['people'],
  roles: ['roles'],
  contacts: ['contacts'],
  severities: ['severities'],
  services: ['services'],
  audiences: ['audiences'],
  scenarios: ['scenarios'],
  regulatory: ['regulatory', 'organisation', 'reviewed_at', 'schema_version'],
};

/** The section that shows the field at `path`; problems with the whole plan are shown on the team section. */
export function sectionOf(path: Path): Section {
  const top = path.split('.')[0] ?? '';
  return sections.find((s) => keysOf[s].includes(top)) ?? 'team';
}

/** The route (relative to /plan/edit) that shows `path`: a scenario's fields are on that scenario's own page. */
export function routeOf(path: Path): string {
  const [top, index] = path.split('.');
  if (top === 'scenarios' && index !== undefined && /^\d+$/.test(index)) return `scenarios/${index}`;
  return sectionOf(path);
}
