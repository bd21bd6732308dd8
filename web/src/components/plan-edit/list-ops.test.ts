// List edits, ids made from names, and where in the editor a plan path is shown.
import { describe, expect, it } from 'vitest';
import { followId, move, removeAt, slugify, uniqueId, withOptional } from './list-ops';
import { routeOf, sectionOf } from './sections';
import { fieldId, pathAndParents } from './field-id';

describe('ids from names', () => {
  it('makes lower_snake_case ids that start with a letter', () => {
    expect(slugify('Sanne de Vries (voorbeeld)')).toBe('sanne_de_vries_voorbeeld');
    expect(slugify('Technisch coördinator')).toBe('technisch_coordinator');
    expect(slugify('Ahmed Yılmaz')).toBe('ahmed_yilmaz');
    expect(slugify('112 alarm')).toBe('x_112_alarm');
    expect(slugify('!!!')).toBe('');
  });

  it('keeps ids unique in their list', () => {
    expect(uniqueId('Press', ['press'])).toBe('press_2');
    expect(uniqueId('Press', ['press', 'press_2'])).toBe('press_3');
    expect(uniqueId('', [])).toBe('item');
  });

  it('lets a new item follow its name until the admin types an id of his own', () => {
    expect(followId({ id: 'ne' }, 'Ne', 'New role', [], ['scribe', 'ne'])).toBe('new_role');
    expect(followId({ id: 'my_id' }, 'Ne', 'New role', [], ['my_id'])).toBe('my_id');
    // A saved item keeps its id: incidents and other parts of the plan refer to it.
    expect(followId({ id: 'ne' }, 'Ne', 'New role', ['ne'], ['ne'])).toBe('ne');
  });
});

describe('list edits', () => {
  it('moves, removes and clears optional fields', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    const task: { title: string; caution?: string } = { title: 'x', caution: 'y' };
    expect(withOptional(task, 'caution', '')).toEqual({ title: 'x' });
    expect(withOptional(task, 'caution', 'z')).toEqual({ title: 'x', caution: 'z' });
  });
});

describe('paths in the editor', () => {
  it('finds the section and route that show a path', () => {
    expect(sectionOf('people.3.email')).toBe('team');
    expect(sectionOf('regulatory.csirt')).toBe('regulatory');
    expect(sectionOf('reviewed_at')).toBe('regulatory');
    expect(routeOf('roles.0.deputies.1')).toBe('roles');
    expect(routeOf('scenarios.2.phases.containment.3.owner')).toBe('scenarios/2');
    expect(routeOf('scenarios')).toBe('scenarios');
  });

  it('shows the press contact with the audiences, the rest of the organisation with the regulatory profile', () => {
    expect(sectionOf('organisation.press_contact.email')).toBe('audiences');
    expect(sectionOf('organisation.press_contact')).toBe('audiences');
    expect(sectionOf('organisation.name')).toBe('regulatory');
    expect(sectionOf('organisation')).toBe('regulatory');
    expect(routeOf('audiences.0.recipients.2.person')).toBe('audiences');
    expect(routeOf('jargon.nl.1.term')).toBe('jargon');
    expect(sectionOf('organisation_x')).toBe('team');
  });

  it('gives every path an element id, and the paths above it', () => {
    expect(fieldId('severities.0.cadence.press')).toBe('pe-severities-0-cadence-press');
    expect(pathAndParents('roles.0.deputies.1')).toEqual([
      'roles.0.deputies.1',
      'roles.0.deputies',
      'roles.0',
      'roles',
    ]);
  });
});
