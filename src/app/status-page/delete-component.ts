// Takes a component off the status page. Its row and status history stay (old incidents and the audit keep their
// references); it no longer shows, and new updates or maintenance cannot name it.
import { updateComponent } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { loadComponent } from './present.js';

export async function deleteStatusComponent(ctx: Ctx, componentId: string): Promise<void> {
  requireActor(ctx, 'admin');
  await inTransaction(ctx, async (u) => {
    const component = await loadComponent(u.tx, componentId);
    await updateComponent(u.tx, componentId, { removed_at: u.now, updated_at: u.now });
    await u.event(
      'status_component.removed',
      { component_id: componentId, name: { nl: component.name_nl, en: component.name_en } },
      { subject: componentId },
    );
  });
}
