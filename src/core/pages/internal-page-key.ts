// The internal page's secret link for employees without an account: derived from the organisation's secret.
import { derivedKey, isDerivedKey } from '../derived-key.js';

// Its own label: the report form's link (shared just as widely) never opens the internal page, nor the reverse.
const LABEL = 'stormbell:internal-page:v1';

export function internalPageKey(organisationSecret: string): string {
  return derivedKey(organisationSecret, LABEL);
}

export function isInternalPageKey(organisationSecret: string, candidate: string): boolean {
  return isDerivedKey(organisationSecret, LABEL, candidate);
}
