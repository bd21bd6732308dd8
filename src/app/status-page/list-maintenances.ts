// Scheduled maintenance for the administration: upcoming, running, and that of the last HISTORY_DAYS days.
import type { Maintenance } from '../../core/api/status-page.js';
import { HISTORY_DAYS } from '../../core/status-page/values.js';
import { listMaintenances } from '../../store/repos/status-page.js';
import { requireActor, type Ctx } from '../context.js';
import { presentMaintenance } from './present.js';

export async function listStatusMaintenances(ctx: Ctx): Promise<{ items: Maintenance[] }> {
  requireActor(ctx, 'viewer');
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString();
  const rows = await listMaintenances(ctx.store.db, since);
  return { items: rows.map((m) => presentMaintenance(m, now)) };
}
