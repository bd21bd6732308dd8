// The report form's secret link: derived from the organisation's secret, so it is stable without being stored.
import { derivedKey, isDerivedKey } from '../derived-key.js';

// A fixed label, so this key is useless for anything else derived from the same secret.
const LABEL = 'stormbell:report-form:v1';

export function reportFormKey(organisationSecret: string): string {
  return derivedKey(organisationSecret, LABEL);
}

export function isReportFormKey(organisationSecret: string, candidate: string): boolean {
  return isDerivedKey(organisationSecret, LABEL, candidate);
}
