// The status page's settings as the administration shows them (defaults before anyone saved them).
import type { StatusSettings } from '../../core/api/status-page.js';
import { requireActor, type Ctx } from '../context.js';
import { presentSettings } from './present.js';

export async function getStatusSettings(ctx: Ctx): Promise<StatusSettings> {
  requireActor(ctx, 'viewer');
  return presentSettings(ctx, ctx.store.db);
}
