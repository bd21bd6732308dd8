// The lists the incident client mirrors from core (to keep zod out of the bundle) must hold the same values.
import { describe, expect, it, vi } from 'vitest';
import { etaConfidences, serviceStates } from '../../../src/core/api/incidents';
import { incidentPhases } from '../../../src/core/incident/phases';
import { taskStatuses } from '../../../src/core/incident/tasks';
import { CONFIDENCES, PHASES, SERVICE_STATES, TASK_STATUSES } from './incidents';

// The client reads the browser's language and cookies; these lists do not need it.
vi.mock('./client', () => ({ api: {}, ApiError: class {} }));

describe('incident client mirrors of core values', () => {
  it('match core, in the same order', () => {
    expect([...PHASES]).toEqual([...incidentPhases]);
    expect([...TASK_STATUSES]).toEqual([...taskStatuses]);
    expect([...SERVICE_STATES]).toEqual([...serviceStates]);
    expect([...CONFIDENCES]).toEqual([...etaConfidences]);
  });
});
