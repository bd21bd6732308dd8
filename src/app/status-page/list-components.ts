// The status page's component groups and components, in display order, for the administration.
import type { ComponentsOverview } from '../../core/api/status-page.js';
import { listComponents, listGroups } from '../../store/repos/status-page.js';
import { requireActor, type Ctx } from '../context.js';
import { presentComponent, presentGroup } from './present.js';

export async function listStatusComponents(ctx: Ctx): Promise<ComponentsOverview> {
  requireActor(ctx, 'viewer');
  const [groups, components] = await Promise.all([listGroups(ctx.store.db), listComponents(ctx.store.db)]);
  return { groups: groups.map(presentGroup), components: components.map(presentComponent) };
}
