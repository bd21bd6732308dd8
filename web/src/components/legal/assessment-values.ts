// The assessment form's values: where a first assessment starts, what the form checks before sending, and the
// server's field errors by their path (three sections each have a "reasoning").
import type { Assessment } from '../../api/legal';
import { ApiError } from '../../api/client';

/** A first assessment: everything "not known yet", personal data as the incident already says. */
export function emptyAssessment(personalData: Assessment['gdpr']['personal_data']): Assessment {
  return {
    gdpr: {
      personal_data: personalData,
      categories: [],
      subjects_min: null,
      subjects_max: null,
      records: null,
      encrypted: 'unknown',
      confidentiality: false,
      integrity: false,
      availability: false,
      consequences: '',
      risk: 'unknown',
      reasoning: '',
    },
    nis2: {
      significant: 'unknown',
      criteria: [],
      malicious: 'unknown',
      cross_border: 'unknown',
      reasoning: '',
    },
    dora: { major: 'unknown', classified_at: null, criteria: [], reasoning: '' },
  };
}

/** The problems the form can see itself, by path, as catalogue keys. */
export function checkAssessment(a: Assessment): Record<string, string> {
  const problems: Record<string, string> = {};
  const g = a.gdpr;
  if (g.personal_data === 'yes') {
    if (g.subjects_min !== null && g.subjects_max !== null && g.subjects_min > g.subjects_max)
      problems['gdpr.subjects_max'] = 'legal.assessment.check.max_below_min';
    // Not notifying is a decision on record: it needs its reasons.
    if (g.risk === 'none' && !g.reasoning?.trim())
      problems['gdpr.reasoning'] = 'legal.assessment.check.reasoning_for_none';
  }
  if (a.dora.major === 'yes' && !a.dora.classified_at)
    problems['dora.classified_at'] = 'legal.assessment.check.classified_at';
  return problems;
}

/** The server's message for a field given by its path ("gdpr.reasoning"), for an input's `error` prop. */
export function pathError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldErrors.find((e) => {
    const p = (e.path ?? e.field).replace(/\//g, '.').replace(/^\.+/, '');
    return p === path || p.endsWith(`.${path}`);
  })?.message;
}

/** Numbers from a number input: empty is "not known" (null). */
export function countValue(v: string | number): number | null {
  if (v === '' || v === null) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? Math.max(0, Math.round(n)) : null;
}
