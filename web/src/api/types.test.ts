// The few values the web client mirrors from core (to keep zod out of the bundle) must stay equal to core's.
import { describe, expect, it } from 'vitest';
import { accessLevels } from '../../../src/core/access';
import { PASSWORD_MIN as CORE_PASSWORD_MIN, languages } from '../../../src/core/api/common';
import { ACCESS_LEVELS, LANGUAGES, PASSWORD_MIN } from './types';

describe('web client mirrors of core values', () => {
  it('match core', () => {
    expect(PASSWORD_MIN).toBe(CORE_PASSWORD_MIN);
    expect([...ACCESS_LEVELS].sort()).toEqual([...accessLevels].sort());
    expect([...LANGUAGES].sort()).toEqual([...languages].sort());
  });
});
