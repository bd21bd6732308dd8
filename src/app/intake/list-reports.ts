// The triage queue: reports, newest activity first, optionally of one status.
import type { ReportStatus } from '../../core/intake/sources.js';
import { listReportViews } from '../../store/repos/reports.js';
import { requireActor, type Ctx } from '../context.js';
import { presentReports } from './present-report.js';

export async function listReports(ctx: Ctx, options: { status?: ReportStatus }) {
  const me = requireActor(ctx, 'responder');
  const views = await listReportViews(ctx.store.db, options.status);
  return { items: await presentReports(ctx.store.db, me, views) };
}
