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
  'jargon',
  'regulatory',
] as const;

export type Section = (typeof sections)[number];

/**
 * The parts of the plan each section edits: top-level keys, or a deeper path where a part is shown elsewhere than
 * its parent (the regulatory section holds the organisation fields, but the press contact is with the audiences).
 */
const keysOf: Record<Section, readonly string[]> = {
  team: ['people'],
  roles: ['roles'],
  contacts: ['contacts'],
  severities: ['severities'],
  services: ['services'],
  audiences: ['audiences', 'organisation.press_contact'],
  scenarios: ['scenarios'],
  jargon: ['jargon'],
  regulatory: ['regulatory', 'organisation', 'reviewed_at', 'schema_version'],
};

/** The section that shows the field at `path` (the deepest part that holds it); whole-plan problems go to team. */
export function sectionOf(path: Path): Section {
  let best: { section: Section; depth: number } | undefined;
  for (const section of sections) {
    for (const key of keysOf[section]) {
      const holds = path === key || path.startsWith(`${key}.`);
      if (holds && (!best || key.length > best.depth)) best = { section, depth: key.length };
    }
  }
  return best?.section ?? 'team';
}

/** The route (relative to /plan/edit) that shows `path`: a scenario's fields are on that scenario's own page. */
export function routeOf(path: Path): string {
  const [top, index] = path.split('.');
  if (top === 'scenarios' && index !== undefined && /^\d+$/.test(index)) return `scenarios/${index}`;
  return sectionOf(path);
}
