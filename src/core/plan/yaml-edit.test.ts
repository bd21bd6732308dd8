import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { setYamlValue } from './yaml-edit.js';

const text = `# A plan, with a comment
organisation:
  name: Example Ltd (fill in)   # change me
  language: en
reviewed_at: 2025-01-31
roles:
  - id: incident_commander
    deputies: [sam_patel]
    notes: >-
      A long folded text that must keep its own wrapping
      exactly as it was written.
`;

describe('setYamlValue', () => {
  it('changes one scalar and keeps every other byte', () => {
    const out = setYamlValue(text, ['organisation', 'name'], 'Gemeente Zandvoort: "Noord"');
    expect(parse(out).organisation.name).toBe('Gemeente Zandvoort: "Noord"');
    const changed = out.split('\n').filter((l, i) => l !== text.split('\n')[i]);
    expect(changed).toHaveLength(1);
    expect(out).toContain('# change me');
    expect(setYamlValue(text, ['reviewed_at'], '2026-11-27')).toBe(text.replace('2025-01-31', '2026-11-27'));
  });

  it('writes a list value and keeps the comments', () => {
    const out = setYamlValue(text, ['roles', 0, 'deputies'], ['sam_patel', 'kim_jansen']);
    expect(parse(out).roles[0].deputies).toEqual(['sam_patel', 'kim_jansen']);
    expect(out).toContain('# A plan, with a comment');
    expect(out).toContain('deputies: [sam_patel, kim_jansen]');
  });
});
