// Renames a component, changes its description, or moves it to another group or position (its status changes
// through set-component-status or a published update).
import type { z } from 'zod';
import type { StatusComponent, ZUpdateComponentRequest } from '../../core/api/status-page.js';
import { nextComponentPosition, updateComponent } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { loadComponent, presentComponent, requireGroup } from './present.js';

export async function updateStatusComponent(
  ctx: Ctx,
  componentId: string,
  input: z.infer<typeof ZUpdateComponentRequest>,
): Promise<StatusComponent> {
  requireActor(ctx, 'admin');
  return inTransaction(ctx, async (u) => {
    const before = await loadComponent(u.tx, componentId);
    if (input.group_id !== undefined) await requireGroup(u.tx, input.group_id);
    const moved = input.group_id !== undefined && input.group_id !== before.group_id;
    const after = {
      ...before,
      ...(input.name ? { name_nl: input.name.nl, name_en: input.name.en } : {}),
      ...(input.description
        ? { description_nl: input.description.nl, description_en: input.description.en }
        : {}),
      ...(input.group_id !== undefined ? { group_id: input.group_id } : {}),
      // Moved to another group without a position: at the end of that group.
      ...(input.position !== undefined
        ? { position: input.position }
        : moved
          ? { position: await nextComponentPosition(u.tx, input.group_id ?? null) }
          : {}),
      updated_at: u.now,
    };
    await updateComponent(u.tx, componentId, after);
    const shown = (c: typeof before) => ({
      name: { nl: c.name_nl, en: c.name_en },
      description: { nl: c.description_nl, en: c.description_en },
      group_id: c.group_id,
      position: Number(c.position),
    });
    await u.event(
      'status_component.updated',
      { component_id: componentId, before: shown(before), after: shown(after) },
      { subject: componentId },
    );
    return presentComponent(after);
  });
}
