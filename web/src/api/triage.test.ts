// The lists the triage client mirrors from core (to keep zod out of the bundle) must hold the same values.
import { describe, expect, it, vi } from 'vitest';
import { alertSources, reportStatuses } from '../../../src/core/intake/sources';
import { INTAKE_SOURCES, REPORT_STATUSES } from './triage';

// The client reads the browser's language and cookies; these lists do not need it.
vi.mock('./client', () => ({ api: {}, ApiError: class {} }));

describe('triage client mirrors of core values', () => {
  it('match core', () => {
    expect([...REPORT_STATUSES].sort()).toEqual([...reportStatuses].sort());
    expect([...INTAKE_SOURCES].sort()).toEqual([...alertSources].sort());
  });
});
