// Plan rules about references between parts: roles to people, approval chains to roles, the regulatory contacts.
import { approvalForAudience, contactKinds } from './enums.js';
import type { PlanMessageKey } from './catalogue.js';
import type { PlanPath, Problem } from './problem.js';
import { idsOf, isMap, section, str, strings, type RawMap } from './raw.js';

function roleProblems(plan: RawMap): Problem[] {
  const people = idsOf(section(plan, 'people'));
  const problems: Problem[] = [];
  for (const [index, role] of section(plan, 'roles')) {
    const primary = str(role.primary);
    if (primary !== undefined && !people.has(primary))
      problems.push({
        path: ['roles', index, 'primary'],
        key: 'primary_not_person',
        params: { id: primary },
      });
    for (const [k, id] of strings(role.deputies)) {
      const path = ['roles', index, 'deputies', k];
      if (!people.has(id)) problems.push({ path, key: 'deputy_not_person', params: { id } });
      else if (id === primary) problems.push({ path, key: 'deputy_is_primary', params: { id } });
    }
  }
  return problems;
}

function audienceProblems(plan: RawMap): Problem[] {
  const roles = new Map(
    section(plan, 'roles').flatMap(([, r]) => (typeof r.id === 'string' ? [[r.id, r]] : [])),
  );
  const problems: Problem[] = [];
  for (const [index, audience] of section(plan, 'audiences')) {
    const needed =
      typeof audience.internal === 'boolean' && Array.isArray(audience.channels)
        ? approvalForAudience({
            internal: audience.internal,
            channels: strings(audience.channels).map(([, c]) => c),
          })
        : undefined;
    for (const [k, id] of strings(audience.approval_chain)) {
      const path = ['audiences', index, 'approval_chain', k];
      const role = roles.get(id);
      if (!role) problems.push({ path, key: 'approver_not_role', params: { id } });
      else if (needed && Array.isArray(role.may_approve) && !role.may_approve.includes(needed))
        problems.push({ path, key: 'approver_cannot_approve', params: { id, approval: needed } });
    }
  }
  for (const [index, severity] of section(plan, 'severities')) {
    if (!isMap(severity.cadence)) continue;
    const audiences = idsOf(section(plan, 'audiences'));
    for (const id of Object.keys(severity.cadence).filter((a) => !audiences.has(a)))
      problems.push({
        path: ['severities', index, 'cadence', id],
        key: 'cadence_not_audience',
        params: { id },
        atKey: true,
      });
  }
  return problems;
}

function contactRef(plan: RawMap, field: 'supervisory_authority' | 'csirt', what: PlanMessageKey): Problem[] {
  const regulatory = plan.regulatory as RawMap;
  const id = str(regulatory[field]);
  if (id === undefined) return [];
  const path: PlanPath = ['regulatory', field];
  const contact = section(plan, 'contacts').find(([, c]) => c.id === id)?.[1];
  if (!contact) return [{ path, key: 'contact_unknown', params: { id }, terms: { what } }];
  const kind = str(contact.kind);
  const known: readonly string[] = contactKinds;
  // An unknown kind is reported on the contact itself; saying here that it is the wrong one adds nothing.
  if (kind !== undefined && kind !== field && known.includes(kind))
    return [{ path, key: 'contact_wrong_kind', params: { id, kind, expected: field }, terms: { what } }];
  return [];
}

function regulatoryProblems(plan: RawMap): Problem[] {
  if (!isMap(plan.regulatory)) return [];
  const problems = [
    ...contactRef(plan, 'supervisory_authority', 'term.supervisory_authority'),
    ...contactRef(plan, 'csirt', 'term.csirt'),
  ];
  const nis2 = plan.regulatory.nis2;
  const entity = isMap(nis2) ? str(nis2.entity) : undefined;
  if (isMap(nis2) && (entity === 'essential' || entity === 'important')) {
    if (plan.regulatory.csirt === undefined)
      problems.push({ path: ['regulatory', 'csirt'], key: 'csirt_required', params: { entity } });
    if (nis2.sector === undefined)
      problems.push({ path: ['regulatory', 'nis2', 'sector'], key: 'sector_required', params: { entity } });
  }
  return problems;
}

function contactProblems(plan: RawMap): Problem[] {
  const problems: Problem[] = section(plan, 'contacts')
    .filter(([, c]) => c.phone === undefined && c.email === undefined)
    .map(([index]) => ({ path: ['contacts', index], key: 'contact_unreachable', whole: true }));
  // Journalists must be able to reach the press contact, or the press page sends them nowhere.
  const press = isMap(plan.organisation) ? plan.organisation.press_contact : undefined;
  if (isMap(press) && press.phone === undefined && press.email === undefined)
    problems.push({ path: ['organisation', 'press_contact'], key: 'contact_unreachable', whole: true });
  return problems;
}

export function referenceProblems(plan: RawMap): Problem[] {
  return [
    ...roleProblems(plan),
    ...audienceProblems(plan),
    ...contactProblems(plan),
    ...regulatoryProblems(plan),
  ];
}
