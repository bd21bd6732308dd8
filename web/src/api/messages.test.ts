// The lists and limits the messages client mirrors from core (to keep zod out of the bundle) must hold the same values.
import { describe, expect, it, vi } from 'vitest';
import {
  MESSAGE_BODY_MAX as coreBodyMax,
  MESSAGE_SUBJECT_MAX as coreSubjectMax,
  messageKinds,
  messageStatuses,
} from '../../../src/core/api/messages';
import { templateKinds } from '../../../src/core/plan/enums';
import {
  MESSAGE_BODY_MAX,
  MESSAGE_KINDS,
  MESSAGE_STATUSES,
  MESSAGE_SUBJECT_MAX,
  TEMPLATE_KINDS,
  messageKeys,
} from './messages';

// The client reads the browser's language and cookies; these values do not need it.
vi.mock('./client', () => ({ api: {}, ApiError: class {} }));

describe('messages client mirrors of core values', () => {
  it('match core, in the same order', () => {
    expect([...MESSAGE_STATUSES]).toEqual([...messageStatuses]);
    expect([...MESSAGE_KINDS]).toEqual([...messageKinds]);
    expect([...TEMPLATE_KINDS]).toEqual([...templateKinds]);
    expect(MESSAGE_SUBJECT_MAX).toBe(coreSubjectMax);
    expect(MESSAGE_BODY_MAX).toBe(coreBodyMax);
  });

  it('keeps every query of an incident under its key, so the live stream refreshes them all', () => {
    for (const key of [
      messageKeys.communication('INC-1'),
      messageKeys.list('INC-1'),
      messageKeys.one('INC-1', 'm1'),
      messageKeys.deliveries('INC-1', 'm1'),
      messageKeys.templates('INC-1', 'customers'),
    ])
      expect(key.slice(0, 2)).toEqual(['incident', 'INC-1']);
  });
});
