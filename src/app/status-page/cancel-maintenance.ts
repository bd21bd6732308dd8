// Calls off a maintenance that has not ended, and tells the subscribers, in one transaction.
import type { z } from 'zod';
import type { Maintenance, ZCancelMaintenanceRequest } from '../../core/api/status-page.js';
import { componentsByIds, updateMaintenance } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { loadOpenMaintenance, maintenanceNotice } from './maintenance-support.js';
import { notifySubscribers } from './notify-subscribers.js';
import { maintenanceComponentIds, presentMaintenance } from './present.js';

export async function cancelMaintenance(
  ctx: Ctx,
  maintenanceId: string,
  input: z.infer<typeof ZCancelMaintenanceRequest>,
): Promise<Maintenance> {
  requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const { before, status } = await loadOpenMaintenance(u.tx, maintenanceId, u.now);
    const after = { ...before, cancelled_at: u.now, cancel_reason: input.reason ?? null, updated_at: u.now };
    await updateMaintenance(u.tx, maintenanceId, {
      cancelled_at: after.cancelled_at,
      cancel_reason: after.cancel_reason,
      updated_at: u.now,
    });
    await u.event(
      'status_maintenance.cancelled',
      {
        maintenance_id: maintenanceId,
        title: { nl: before.title_nl, en: before.title_en },
        status_before: status,
        reason: input.reason ?? '',
      },
      { subject: maintenanceId },
    );
    const components = await componentsByIds(u.tx, maintenanceComponentIds(before));
    await notifySubscribers(u, ctx, maintenanceNotice('cancelled', after, components, u.now));
    return presentMaintenance(after, u.now);
  });
}
