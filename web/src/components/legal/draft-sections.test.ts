// Drafts by section, and only the changed values sent back.
import { describe, expect, it } from 'vitest';
import type { DraftField } from '../../api/legal';
import { changedFields, draftSections } from './draft-sections';

const f = (key: string, section: string, value = ''): DraftField => ({
  key,
  section,
  label: key,
  value,
  prefilled: true,
});

describe('draft sections', () => {
  it("groups fields by section in the server's order, keeping a section together", () => {
    const groups = draftSections([f('a', 'Contact'), f('b', 'Timeline'), f('c', 'Contact')]);
    expect(groups.map((g) => [g.section, g.fields.map((x) => x.key)])).toEqual([
      ['Contact', ['a', 'c']],
      ['Timeline', ['b']],
    ]);
  });

  it('sends only the fields whose value changed', () => {
    const fields = [f('a', 'S', 'one'), f('b', 'S', 'two'), f('c', 'S', 'three')];
    expect(changedFields(fields, { a: 'one', b: 'TWO', x: 'unknown field' })).toEqual({ b: 'TWO' });
  });
});
