// Adds a component group to the status page (at the end unless a position is given).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ComponentGroup, ZCreateGroupRequest } from '../../core/api/status-page.js';
import { insertGroup, nextGroupPosition } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { presentGroup } from './present.js';

export async function createStatusGroup(
  ctx: Ctx,
  input: z.infer<typeof ZCreateGroupRequest>,
): Promise<ComponentGroup> {
  requireActor(ctx, 'admin');
  return inTransaction(ctx, async (u) => {
    const row = {
      id: randomUUID(),
      name_nl: input.name.nl,
      name_en: input.name.en,
      position: input.position ?? (await nextGroupPosition(u.tx)),
      created_at: u.now,
      updated_at: u.now,
    };
    await insertGroup(u.tx, row);
    await u.event(
      'status_group.created',
      { group_id: row.id, name: input.name, position: row.position },
      { subject: row.id },
    );
    return presentGroup(row);
  });
}
