// Plan as code: export to YAML and read it back gives the same plan, in a stable, readable form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planToYaml, validatePlanYaml, type Plan } from '../../src/core/plan/index.js';
import { minimalYaml } from './support.js';

function parse(text: string): Plan {
  const result = validatePlanYaml(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.plan;
}

/** The same value with every map's keys in reverse order, as a form or an API client might build it. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('planToYaml', () => {
  it.each(['test/plan/fixtures/minimal.yaml', 'plans/starter-nl.yaml', 'plans/starter-en.yaml'])(
    'parse, validate, export and parse again gives a deep-equal plan: %s',
    (file) => {
      const plan = parse(readFileSync(file, 'utf8'));
      const yaml = planToYaml(plan);
      expect(parse(yaml)).toStrictEqual(plan);
      expect(planToYaml(parse(yaml))).toBe(yaml);
    },
  );

  it('writes the fields in schema order, whatever order the object has', () => {
    const plan = parse(minimalYaml);
    const yaml = planToYaml(reversed(plan) as Plan);
    expect(yaml).toBe(planToYaml(plan));
    expect(yaml.split('\n').slice(0, 8)).toEqual([
      '# Stormbell response plan: Testbedrijf B.V.',
      '# Check a change with: stormbell plan validate FILE. The fields are described in docs/plan-schema.json.',
      'schema_version: 1',
      'organisation:',
      '  name: Testbedrijf B.V.',
      '  language: en',
      'reviewed_at: 2026-06-01',
      'regulatory:',
    ]);
  });

  it('puts short id lists on one line and message bodies in literal blocks', () => {
    const yaml = planToYaml(parse(minimalYaml));
    expect(yaml).toContain('    deputies: [bob]\n');
    expect(yaml).toContain('    deputies: []\n');
    expect(yaml).toContain('    languages: [nl, en]\n');
    expect(yaml).toContain(
      '        body: |\n          Criminals locked some of our files. {{facts.impact}}\n\n          Next update: {{next_update}}.\n',
    );
  });

  it('keeps every text on one line, however long, so a change shows as one changed line', () => {
    const plan = parse(readFileSync('plans/starter-en.yaml', 'utf8'));
    const title = plan.scenarios[0]!.phases.containment[0]!.title;
    expect(title.length).toBeGreaterThan(100);
    expect(planToYaml(plan)).toContain(`        - title: ${title}\n`);
  });

  it('writes the header in the language of the plan', () => {
    const yaml = planToYaml(parse(readFileSync('plans/starter-nl.yaml', 'utf8')));
    expect(yaml.split('\n')[0]).toBe('# Stormbell-responsplan: Voorbeeld B.V. (vul in)');
  });

  it('quotes text that YAML would otherwise read as a number, a boolean or nothing', () => {
    const plan = parse(minimalYaml);
    const tricky = {
      ...plan,
      organisation: { ...plan.organisation, name: '1984' },
      people: plan.people.map((p, i) => (i === 0 ? { ...p, name: 'true' } : { ...p, name: 'null' })),
    };
    expect(parse(planToYaml(tricky))).toStrictEqual(tricky);
  });

  it('leaves out optional fields that are not set, rather than writing them empty', () => {
    const plan = parse(minimalYaml);
    const withUndefined = { ...plan, contacts: plan.contacts.map((c) => ({ ...c, notes: undefined })) };
    const yaml = planToYaml(withUndefined);
    expect(yaml).not.toContain('notes');
    expect(parse(yaml)).toStrictEqual(plan);
  });
});
