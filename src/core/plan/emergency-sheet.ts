// The emergency sheet's content: who to call per role, the external contacts, and the first steps per scenario.
import type { Plan, PlanPerson } from './schema.js';

export interface SheetPerson {
  name: string;
  phone: string;
  email: string;
}

export interface EmergencySheet {
  organisation: string;
  language: Plan['organisation']['language'];
  roles: Array<{ id: string; name: string; primary: SheetPerson | null; deputies: SheetPerson[] }>;
  contacts: Array<{
    kind: string;
    organisation: string;
    name: string | null;
    phone: string | null;
    email: string | null;
    notes: string | null;
  }>;
  scenarios: Array<{ id: string; name: string; first_steps: Array<{ title: string; owner: string }> }>;
}

/** How many tasks of the detection and containment phases count as "first steps" on paper. */
export const FIRST_STEPS = 5;

export function emergencySheet(plan: Plan): EmergencySheet {
  const people = new Map<string, PlanPerson>(plan.people.map((p) => [p.id, p]));
  const person = (id: string): SheetPerson | null => {
    const p = people.get(id);
    return p ? { name: p.name, phone: p.phone, email: p.email } : null;
  };
  const roleName = new Map(plan.roles.map((r) => [r.id, r.name]));
  return {
    organisation: plan.organisation.name,
    language: plan.organisation.language,
    roles: plan.roles.map((r) => ({
      id: r.id,
      name: r.name,
      primary: person(r.primary),
      deputies: r.deputies.map(person).filter((p): p is SheetPerson => p !== null),
    })),
    contacts: plan.contacts.map((c) => ({
      kind: c.kind,
      organisation: c.organisation,
      name: c.name ?? null,
      phone: c.phone ?? null,
      email: c.email ?? null,
      notes: c.notes ?? null,
    })),
    scenarios: plan.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      first_steps: [...s.phases.detection, ...s.phases.containment]
        .slice(0, FIRST_STEPS)
        .map((t) => ({ title: t.title, owner: roleName.get(t.owner) ?? t.owner })),
    })),
  };
}
