// Adds a component to the status page, in a group or ungrouped; its first status starts its history.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { StatusComponent, ZCreateComponentRequest } from '../../core/api/status-page.js';
import {
  insertComponent,
  insertComponentChange,
  nextComponentPosition,
} from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { presentComponent, requireGroup, texts } from './present.js';

export async function createStatusComponent(
  ctx: Ctx,
  input: z.infer<typeof ZCreateComponentRequest>,
): Promise<StatusComponent> {
  requireActor(ctx, 'admin');
  return inTransaction(ctx, async (u) => {
    const groupId = input.group_id ?? null;
    await requireGroup(u.tx, groupId);
    const description = texts(input.description);
    const row = {
      id: randomUUID(),
      group_id: groupId,
      name_nl: input.name.nl,
      name_en: input.name.en,
      description_nl: description.nl,
      description_en: description.en,
      position: input.position ?? (await nextComponentPosition(u.tx, groupId)),
      status: input.status ?? 'operational',
      status_changed_at: u.now,
      created_at: u.now,
      updated_at: u.now,
      removed_at: null,
    };
    await insertComponent(u.tx, row);
    await insertComponentChange(u.tx, {
      id: randomUUID(),
      component_id: row.id,
      status: row.status,
      previous_status: null,
      at: u.now,
      source: 'created',
      source_id: null,
    });
    await u.event(
      'status_component.created',
      {
        component_id: row.id,
        name: input.name,
        group_id: groupId,
        status: row.status,
        position: row.position,
      },
      { subject: row.id },
    );
    return presentComponent(row);
  });
}
