// The incident's messages, newest first, or one of them, as the person asking sees them.
import type { Message } from '../../core/api/messages.js';
import { listMessages as listRows } from '../../store/repos/messages.js';
import { requireActor, type Ctx } from '../context.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { loadMessage, presentMessages } from './support.js';

export async function listMessages(ctx: Ctx, incidentKey: string): Promise<{ items: Message[] }> {
  const actor = requireActor(ctx, 'viewer');
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const rows = await listRows(ctx.store.db, incident.id);
  return { items: await presentMessages(ctx, ctx.store.db, incident, rows, actor) };
}

export async function getMessage(ctx: Ctx, incidentKey: string, messageId: string): Promise<Message> {
  const actor = requireActor(ctx, 'viewer');
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const row = await loadMessage(ctx.store.db, incident, messageId);
  return (await presentMessages(ctx, ctx.store.db, incident, [row], actor))[0]!;
}
