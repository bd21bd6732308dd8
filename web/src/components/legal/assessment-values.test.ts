// The assessment form's own checks: only what the form can know, before the server checks the rest.
import { describe, expect, it, vi } from 'vitest';
import { checkAssessment, countValue, emptyAssessment } from './assessment-values';

// The client reads the browser's language and cookies; these checks do not need it.
vi.mock('../../api/client', () => ({ ApiError: class {} }));

describe('assessment values', () => {
  it('starts with everything not known yet, and personal data as the incident says', () => {
    const a = emptyAssessment('yes');
    expect(a.gdpr.personal_data).toBe('yes');
    expect(a.gdpr.risk).toBe('unknown');
    expect(a.nis2.significant).toBe('unknown');
    expect(checkAssessment(a)).toEqual({});
  });

  it('asks for the reasoning when the risk is judged to be none (the decision not to notify)', () => {
    const a = emptyAssessment('yes');
    a.gdpr.risk = 'none';
    expect(checkAssessment(a)).toEqual({ 'gdpr.reasoning': 'legal.assessment.check.reasoning_for_none' });
    a.gdpr.reasoning = 'Encrypted laptop, key not lost';
    expect(checkAssessment(a)).toEqual({});
  });

  it('refuses a maximum below the minimum, and a major DORA incident without its classification time', () => {
    const a = emptyAssessment('yes');
    a.gdpr.subjects_min = 100;
    a.gdpr.subjects_max = 10;
    a.dora.major = 'yes';
    expect(Object.keys(checkAssessment(a)).sort()).toEqual(['dora.classified_at', 'gdpr.subjects_max']);
  });

  it('reads number inputs: empty is not known, negatives and fractions are made whole', () => {
    expect(countValue('')).toBeNull();
    expect(countValue(12)).toBe(12);
    expect(countValue('7')).toBe(7);
    expect(countValue(-3)).toBe(0);
    expect(countValue(2.6)).toBe(3);
  });
});
