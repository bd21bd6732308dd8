// One report, as triage shows it.
import { notFound } from '../../core/errors.js';
import { getReportView } from '../../store/repos/reports.js';
import { requireActor, type Ctx } from '../context.js';
import { presentReport } from './present-report.js';

export async function getReport(ctx: Ctx, id: string) {
  const me = requireActor(ctx, 'responder');
  const view = await getReportView(ctx.store.db, id);
  if (!view) throw notFound('report');
  return presentReport(ctx.store.db, me, view);
}
