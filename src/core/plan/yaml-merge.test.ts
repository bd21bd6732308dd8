import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeIntoYaml } from './yaml-merge.js';

const text = `# The plan, with comments the team wrote
organisation:
  name: Example Ltd # our legal name
  language: en
roles:
  # The commander leads.
  - id: incident_commander
    name: Incident commander
    deputies: [sam, kim]
  - id: legal
    name: Legal
    notes: >-
      A folded text that keeps
      its own wrapping.
`;

describe('mergeIntoYaml', () => {
  it('changes only what changed and keeps comments, flow lists and folded text', () => {
    const plan = parse(text);
    plan.roles[0].deputies.push('lee');
    plan.organisation.name = 'Gemeente Zandvoort';
    const out = mergeIntoYaml(text, plan);
    expect(parse(out)).toEqual(plan);
    expect(out).toContain('# The plan, with comments the team wrote');
    expect(out).toContain('# The commander leads.');
    expect(out).toContain('name: Gemeente Zandvoort # our legal name');
    expect(out).toContain('deputies: [sam, kim, lee]');
    expect(out).toContain('    notes: >-\n      A folded text that keeps\n      its own wrapping.\n');
  });

  it('follows list items by id when they move, are added or removed', () => {
    const plan = parse(text);
    plan.roles = [{ id: 'scribe', name: 'Scribe', deputies: [] }, plan.roles[1], plan.roles[0]];
    const out = mergeIntoYaml(text, plan);
    expect(parse(out)).toEqual(plan);
    expect(out).toContain('# The commander leads.');
    expect(out.indexOf('id: legal')).toBeLessThan(out.indexOf('id: incident_commander'));
    delete plan.roles[1].notes;
    const removed = mergeIntoYaml(out, plan);
    // Structural changes write the document again: comments stay, values are right.
    expect(parse(removed)).toEqual(plan);
    expect(removed).not.toContain('folded text');
  });

  it('gives the same text back when nothing changed', () => {
    expect(mergeIntoYaml(text, parse(text))).toBe(text);
  });
});
