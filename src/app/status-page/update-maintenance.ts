// Changes a maintenance that has not ended and was not cancelled: its texts, times or components.
import type { z } from 'zod';
import type { Maintenance, ZUpdateMaintenanceRequest } from '../../core/api/status-page.js';
import { updateMaintenance } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { checkMaintenance, loadOpenMaintenance, utc } from './maintenance-support.js';
import { maintenanceComponentIds, presentMaintenance } from './present.js';

export async function updateStatusMaintenance(
  ctx: Ctx,
  maintenanceId: string,
  input: z.infer<typeof ZUpdateMaintenanceRequest>,
): Promise<Maintenance> {
  requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const { before } = await loadOpenMaintenance(u.tx, maintenanceId, u.now);
    const componentIds = input.component_ids ?? maintenanceComponentIds(before);
    const times = {
      scheduled_for: input.scheduled_for ? utc(input.scheduled_for) : before.scheduled_for,
      scheduled_until: input.scheduled_until ? utc(input.scheduled_until) : before.scheduled_until,
    };
    await checkMaintenance(u.tx, { ...times, component_ids: componentIds });
    const after = {
      ...before,
      ...(input.title ? { title_nl: input.title.nl, title_en: input.title.en } : {}),
      ...(input.body ? { body_nl: input.body.nl, body_en: input.body.en } : {}),
      ...times,
      component_ids: JSON.stringify(componentIds),
      updated_at: u.now,
    };
    await updateMaintenance(u.tx, maintenanceId, after);
    const shown = (m: typeof before) => ({
      title: { nl: m.title_nl, en: m.title_en },
      scheduled_for: m.scheduled_for,
      scheduled_until: m.scheduled_until,
      component_ids: maintenanceComponentIds(m),
    });
    await u.event(
      'status_maintenance.updated',
      { maintenance_id: maintenanceId, before: shown(before), after: shown(after) },
      { subject: maintenanceId },
    );
    return presentMaintenance(after, u.now);
  });
}
