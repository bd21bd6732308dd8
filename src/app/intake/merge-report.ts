// A responder merges a report into an open incident: it leaves the queue and shows on the incident's timeline.
import { conflict, notFound } from '../../core/errors.js';
import { getReport, getReportView, updateReport } from '../../store/repos/reports.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { reportEventFields } from './event-fields.js';
import { presentReport } from './present-report.js';

export async function mergeReport(ctx: Ctx, id: string, input: { incident_id: string }) {
  const me = requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const report = await getReport(u.tx, id);
    if (!report) throw notFound('report');
    // 404 for an incident the caller may not see, 409 for a closed one: the same answers the incident gives.
    const incident = await loadIncidentForAction(ctx, input.incident_id, u.tx);
    if (report.status !== 'new') throw conflict('error.report_handled');
    await updateReport(u.tx, id, {
      status: 'merged',
      incident_id: incident.id,
      handled_by: me.id,
      handled_at: u.now,
    });
    const fields = reportEventFields(report);
    await u.event('report.merged', fields, { subject: id, chainId: incident.id });
    await u.event(
      'report.merged',
      { ...fields, incident_id: incident.id, reference: incident.reference },
      { subject: id },
    );
    return presentReport(u.tx, me, (await getReportView(u.tx, id))!);
  });
}
