// Edits of delivery lists and optional parts: a recipient's kind, and empty lists and groups left out.
import { describe, expect, it } from 'vitest';
import type { PlanAudience } from '@core/plan/schema';
import { guidanceOf, recipientKind, textsOrNothing, withKind, withList } from './delivery-ops';

describe('recipients', () => {
  it('knows what a recipient names, and starts a new kind empty', () => {
    expect(recipientKind({ person: 'anna' })).toBe('person');
    expect(recipientKind({ contact: 'ncsc' })).toBe('contact');
    expect(recipientKind({ email: 'all@example.org', language: 'nl' })).toBe('email');
    expect(recipientKind({})).toBe('person');
    expect(withKind({ person: 'anna' }, 'email')).toEqual({ email: '' });
    expect(withKind({ email: 'all@example.org', name: 'All', language: 'en' }, 'contact')).toEqual({
      contact: '',
    });
    const same = { email: 'all@example.org', name: 'All' };
    expect(withKind(same, 'email')).toBe(same);
  });
});

describe('optional parts', () => {
  const audience: PlanAudience = {
    id: 'employees',
    name: 'Employees',
    internal: true,
    channels: ['chat'],
    languages: ['en'],
    approval_chain: ['communications_lead'],
    cadence_minutes: 60,
  };

  it('leaves an empty list out of the plan', () => {
    const chat = [{ service: 'slack' as const, url: 'https://hooks.slack.com/x' }];
    const withChat = withList(audience, 'chat', chat);
    expect(withChat.chat).toEqual(chat);
    expect('chat' in withList(withChat, 'chat', [])).toBe(false);
  });

  it('leaves out guidance with nothing in it, and a press contact with no text', () => {
    expect(guidanceOf([], [])).toBeUndefined();
    expect(guidanceOf(['Keep working on paper.'], [])).toEqual({ do: ['Keep working on paper.'], dont: [] });
    expect(textsOrNothing({ name: '', email: '', phone: '' })).toBeUndefined();
    expect(textsOrNothing({ name: 'Press office', email: '', phone: '+31 20 123 4567' })).toEqual({
      name: 'Press office',
      phone: '+31 20 123 4567',
    });
  });
});
