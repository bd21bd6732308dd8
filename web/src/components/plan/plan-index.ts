// Looks up the plan's people, roles, audiences, services and contacts by id, to show names instead of ids.
import type { Plan } from '../../api/plan';

export type PlanIndex = ReturnType<typeof indexPlan>;

export function indexPlan(plan: Plan) {
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const roles = new Map(plan.roles.map((r) => [r.id, r]));
  const audiences = new Map(plan.audiences.map((a) => [a.id, a]));
  const services = new Map(plan.services.map((s) => [s.id, s]));
  const contacts = new Map(plan.contacts.map((c) => [c.id, c]));
  return {
    person: (id: string) => people.get(id),
    roleName: (id: string) => roles.get(id)?.name ?? id,
    audienceName: (id: string) => audiences.get(id)?.name ?? id,
    serviceName: (id: string) => services.get(id)?.name ?? id,
    contact: (id: string | undefined) => (id ? contacts.get(id) : undefined),
  };
}

/** A phone number as a link phones can dial: only the digits and a leading "+". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The page that compares two versions, older first. */
export function diffLink(a: number, b: number): string {
  return `/plan/diff?from=${Math.min(a, b)}&to=${Math.max(a, b)}`;
}
