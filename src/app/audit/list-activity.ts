// Admins read the organisation's own timeline (accounts, logins, tokens), newest first.
import { listAccounts } from '../../store/repos/accounts.js';
import { listEvents } from '../../store/repos/timeline.js';
import { requireActor, type Ctx } from '../context.js';

export async function listActivity(ctx: Ctx, options: { before?: number; limit: number }) {
  requireActor(ctx, 'admin');
  const events = await listEvents(ctx.store.db, 'org', {
    limit: options.limit,
    ...(options.before !== undefined ? { beforeSeq: options.before } : {}),
  });
  const names = new Map((await listAccounts(ctx.store.db)).map((a) => [a.id, a.name]));
  const last = events[events.length - 1];
  return {
    items: events.map((e) => ({
      id: e.id,
      seq: e.seq,
      at: e.at,
      actor_id: e.actorId,
      actor_name: e.actorId ? (names.get(e.actorId) ?? null) : null,
      type: e.type,
      subject: e.subject,
      payload: (e.payload ?? {}) as Record<string, unknown>,
    })),
    next_before: events.length === options.limit && last && last.seq > 1 ? last.seq : null,
  };
}
