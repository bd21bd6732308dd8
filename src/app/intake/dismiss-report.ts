// A responder dismisses a report with a reason: it leaves the queue, and stays on record with why.
import { conflict, notFound } from '../../core/errors.js';
import { getReport, getReportView, updateReport } from '../../store/repos/reports.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { reportEventFields } from './event-fields.js';
import { presentReport } from './present-report.js';

export async function dismissReport(ctx: Ctx, id: string, input: { reason: string }) {
  const me = requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const report = await getReport(u.tx, id);
    if (!report) throw notFound('report');
    // Only the queue's own reports: one that became (part of) an incident is that incident's to handle.
    if (report.status !== 'new') throw conflict('error.report_handled');
    await updateReport(u.tx, id, {
      status: 'dismissed',
      dismissed_reason: input.reason,
      handled_by: me.id,
      handled_at: u.now,
    });
    await u.event(
      'report.dismissed',
      { ...reportEventFields(report), reason: input.reason },
      { subject: id },
    );
    return presentReport(u.tx, me, (await getReportView(u.tx, id))!);
  });
}
