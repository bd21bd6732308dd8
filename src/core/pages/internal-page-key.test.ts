import { describe, expect, it } from 'vitest';
import { internalPageKey, isInternalPageKey } from './internal-page-key.js';
import { isReportFormKey, reportFormKey } from '../intake/report-form-key.js';

describe('internal page key', () => {
  it('is stable per secret, and no other secret gives it', () => {
    const key = internalPageKey('secret-one');
    expect(key).toBe(internalPageKey('secret-one'));
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isInternalPageKey('secret-one', key)).toBe(true);
    expect(isInternalPageKey('secret-two', key)).toBe(false);
    expect(isInternalPageKey('secret-one', key.slice(1))).toBe(false);
    expect(isInternalPageKey('secret-one', '')).toBe(false);
  });

  it('differs from the report form key, so one link never opens the other page', () => {
    const secret = 'the-same-secret';
    expect(internalPageKey(secret)).not.toBe(reportFormKey(secret));
    expect(isInternalPageKey(secret, reportFormKey(secret))).toBe(false);
    expect(isReportFormKey(secret, internalPageKey(secret))).toBe(false);
  });
});
