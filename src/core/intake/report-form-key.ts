// The report form's secret link: derived from the organisation's secret, so it is stable without being stored.
import { createHmac, timingSafeEqual } from 'node:crypto';

// A fixed label, so this key is useless for anything else derived from the same secret.
const LABEL = 'stormbell:report-form:v1';

export function reportFormKey(organisationSecret: string): string {
  return createHmac('sha256', organisationSecret).update(LABEL).digest('base64url');
}

/** Compares in constant time, so response timing does not reveal how much of a guessed key was right. */
export function isReportFormKey(organisationSecret: string, candidate: string): boolean {
  const expected = Buffer.from(reportFormKey(organisationSecret));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
