// Deletes a component group; its components stay on the page, ungrouped.
import { deleteGroup } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { loadGroup } from './present.js';

export async function deleteStatusGroup(ctx: Ctx, groupId: string): Promise<void> {
  requireActor(ctx, 'admin');
  await inTransaction(ctx, async (u) => {
    const group = await loadGroup(u.tx, groupId);
    const ungrouped = await deleteGroup(u.tx, groupId, u.now);
    await u.event(
      'status_group.deleted',
      { group_id: groupId, name: { nl: group.name_nl, en: group.name_en }, components_ungrouped: ungrouped },
      { subject: groupId },
    );
  });
}
