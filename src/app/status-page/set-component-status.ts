// The communications lead changes a component's status directly, outside any message (a quick "degraded" while
// the update is being approved, or "operational" after a fix); the reason goes on the organisation's timeline.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { StatusComponent, ZSetComponentStatusRequest } from '../../core/api/status-page.js';
import { insertComponentChange, updateComponent } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { loadComponent, presentComponent } from './present.js';

export async function setComponentStatus(
  ctx: Ctx,
  componentId: string,
  input: z.infer<typeof ZSetComponentStatusRequest>,
): Promise<StatusComponent> {
  requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const before = await loadComponent(u.tx, componentId);
    if (before.status === input.status) return presentComponent(before);
    const after = { ...before, status: input.status, status_changed_at: u.now, updated_at: u.now };
    await updateComponent(u.tx, componentId, {
      status: after.status,
      status_changed_at: u.now,
      updated_at: u.now,
    });
    await insertComponentChange(u.tx, {
      id: randomUUID(),
      component_id: componentId,
      status: input.status,
      previous_status: before.status,
      at: u.now,
      source: 'direct',
      source_id: null,
    });
    await u.event(
      'status_component.changed',
      {
        component_id: componentId,
        name: { nl: before.name_nl, en: before.name_en },
        before: before.status,
        after: input.status,
        reason: input.reason ?? '',
        source: 'direct',
      },
      { subject: componentId },
    );
    return presentComponent(after);
  });
}
