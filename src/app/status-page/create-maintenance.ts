// Schedules maintenance on the status page and tells the subscribers, in one transaction.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Maintenance, ZCreateMaintenanceRequest } from '../../core/api/status-page.js';
import { insertMaintenance } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { checkMaintenance, maintenanceNotice, utc } from './maintenance-support.js';
import { notifySubscribers } from './notify-subscribers.js';
import { presentMaintenance, texts } from './present.js';

export async function createMaintenance(
  ctx: Ctx,
  input: z.infer<typeof ZCreateMaintenanceRequest>,
): Promise<Maintenance> {
  requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const componentIds = input.component_ids ?? [];
    const times = { scheduled_for: utc(input.scheduled_for), scheduled_until: utc(input.scheduled_until) };
    const components = await checkMaintenance(u.tx, { ...times, component_ids: componentIds });
    const body = texts(input.body);
    const row = {
      id: randomUUID(),
      title_nl: input.title.nl,
      title_en: input.title.en,
      body_nl: body.nl,
      body_en: body.en,
      ...times,
      component_ids: JSON.stringify(componentIds),
      created_at: u.now,
      updated_at: u.now,
      cancelled_at: null,
      cancel_reason: null,
      started_notice_at: null,
      ended_notice_at: null,
    };
    await insertMaintenance(u.tx, row);
    await u.event(
      'status_maintenance.scheduled',
      { maintenance_id: row.id, title: input.title, ...times, component_ids: componentIds },
      { subject: row.id },
    );
    await notifySubscribers(u, ctx, maintenanceNotice('scheduled', row, components, u.now));
    return presentMaintenance(row, u.now);
  });
}
