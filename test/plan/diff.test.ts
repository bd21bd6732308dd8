// What changed between two plan versions, for the new parts: recipients by name, guidance, jargon, press contact.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffPlans, type Plan } from '../../src/core/plan/index.js';
import { minimalYaml } from './support.js';

const plan = (): Plan => parse(minimalYaml) as Plan;

describe('diffPlans', () => {
  it('names a recipient by number and its person by name, and says where guidance, jargon and the press contact changed', () => {
    const before = plan();
    before.audiences[0]!.recipients = [{ email: 'all-staff@example.org' }, { person: 'anna' }];
    const after = structuredClone(before);
    after.audiences[0]!.recipients![1] = { person: 'bob' };
    after.scenarios[0]!.employee_guidance = { do: ['Keep working on paper where you can.'], dont: [] };
    after.jargon = { nl: [{ term: 'KCC', plain: 'de klantenservice' }] };
    after.organisation.press_contact = { name: 'Persvoorlichting', phone: '+31 20 123 4567' };
    const changes = diffPlans(before, after, 'nl').map(({ kind, label, before: b, after: a }) => ({
      kind,
      label,
      before: b,
      after: a,
    }));
    expect(changes).toEqual([
      {
        kind: 'added',
        label: "organisatie: 'press_contact'",
        before: undefined,
        after: { name: 'Persvoorlichting', phone: '+31 20 123 4567' },
      },
      {
        kind: 'changed',
        label: "doelgroep 'Employees', ontvanger 2: 'person'",
        before: 'Anna de Vries',
        after: 'Bob Jansen',
      },
      {
        kind: 'added',
        label: "scenario 'Ransomware': 'employee_guidance'",
        before: undefined,
        after: { do: ['Keep working on paper where you can.'], dont: [] },
      },
      {
        kind: 'added',
        label: "plan: 'jargon'",
        before: undefined,
        after: { nl: [{ term: 'KCC', plain: 'de klantenservice' }] },
      },
    ]);
  });
});
