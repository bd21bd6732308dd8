import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersIn } from './fill-template.js';
import { isOverdue, nextDueAt } from './cadence.js';

describe('fillTemplate', () => {
  it('fills known values and leaves what is missing visible', () => {
    const out = fillTemplate('{{ incident.title }}: {{facts.summary}} {{eta}}', {
      'incident.title': 'Portal down',
      eta: '  ',
    });
    expect(out.text).toBe('Portal down: [[facts.summary]] [[eta]]');
    expect(out.missing).toEqual(['facts.summary', 'eta']);
    expect(placeholdersIn(out.text)).toEqual(['facts.summary', 'eta']);
  });
  it('does not read a value as a template', () => {
    expect(fillTemplate('{{facts.summary}}', { 'facts.summary': 'Use {{eta}} here' }).text).toBe(
      'Use {{eta}} here',
    );
  });
});

describe('cadence', () => {
  const base = { phase: 'containment', declaredAt: '2026-11-30T09:00:00.000Z', cadenceMinutes: 60 };
  it('is due one cadence after declaration, then after each update', () => {
    expect(nextDueAt({ ...base, lastPublishedAt: null, lastKind: null })).toBe('2026-11-30T10:00:00.000Z');
    expect(nextDueAt({ ...base, lastPublishedAt: '2026-11-30T09:45:00.000Z', lastKind: 'update' })).toBe(
      '2026-11-30T10:45:00.000Z',
    );
    expect(
      isOverdue({ ...base, lastPublishedAt: null, lastKind: null }, new Date('2026-11-30T10:00:01Z')),
    ).toBe(true);
  });
  it('asks for nothing after "resolved" or outside the working phases', () => {
    expect(
      nextDueAt({ ...base, lastPublishedAt: '2026-11-30T09:45:00.000Z', lastKind: 'resolved' }),
    ).toBeNull();
    expect(nextDueAt({ ...base, phase: 'evaluation', lastPublishedAt: null, lastKind: null })).toBeNull();
  });
});
