// Renames or moves a component group.
import type { z } from 'zod';
import type { ComponentGroup, ZUpdateGroupRequest } from '../../core/api/status-page.js';
import { updateGroup } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { loadGroup, presentGroup } from './present.js';

export async function updateStatusGroup(
  ctx: Ctx,
  groupId: string,
  input: z.infer<typeof ZUpdateGroupRequest>,
): Promise<ComponentGroup> {
  requireActor(ctx, 'admin');
  return inTransaction(ctx, async (u) => {
    const before = await loadGroup(u.tx, groupId);
    const after = {
      ...before,
      ...(input.name ? { name_nl: input.name.nl, name_en: input.name.en } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
      updated_at: u.now,
    };
    await updateGroup(u.tx, groupId, after);
    await u.event(
      'status_group.updated',
      {
        group_id: groupId,
        before: { name: { nl: before.name_nl, en: before.name_en }, position: Number(before.position) },
        after: { name: { nl: after.name_nl, en: after.name_en }, position: Number(after.position) },
      },
      { subject: groupId },
    );
    return presentGroup(after);
  });
}
