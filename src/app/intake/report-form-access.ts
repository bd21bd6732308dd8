// The report form's key: checked against the organisation's secret; a wrong key is "not found", like no form.
import { notFound } from '../../core/errors.js';
import { isReportFormKey } from '../../core/intake/report-form-key.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import type { Tx } from '../../store/db.js';
import type { OrganisationTable } from '../../store/schema.js';

export async function organisationForFormKey(tx: Tx, key: string): Promise<OrganisationTable> {
  const org = await getOrganisation(tx);
  if (!org || !isReportFormKey(org.secret, key)) throw notFound('report_form');
  return org;
}
