// Runs with the reminders: when scheduled maintenance starts or ends, its subscribers hear so once. Each notice is
// claimed (started_notice_at / ended_notice_at) in the transaction that enqueues it, so two processes never both
// send it and a crash sends it on the next tick.
import {
  componentNames,
  claimMaintenanceNotice,
  maintenancesDueForNotice,
  type MaintenanceRow,
} from '../../store/repos/status-subscribers.js';
import { inTransaction, type Ctx } from '../context.js';
import { notifySubscribers } from './notify-subscribers.js';

/** An end older than this is history: it gets no "completed" mail (a server that was down for days, say). */
const ENDED_GRACE_MS = 24 * 60 * 60_000;

const both = (nl: string, en: string) => ({ nl: nl || en, en: en || nl });

/** Returns how many notices it sent (one per maintenance and phase, whatever the number of subscribers). */
export async function sendMaintenanceNotices(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now();
  const due = await maintenancesDueForNotice(
    ctx.store.db,
    now.toISOString(),
    new Date(now.getTime() - ENDED_GRACE_MS).toISOString(),
  );
  let sent = 0;
  const work: Array<[MaintenanceRow, 'started' | 'ended']> = [
    ...due.started.map((m) => [m, 'started'] as [MaintenanceRow, 'started']),
    ...due.ended.map((m) => [m, 'ended'] as [MaintenanceRow, 'ended']),
  ];
  for (const [m, phase] of work) {
    sent += await inTransaction({ ...ctx, actor: null }, async (u) => {
      if (!(await claimMaintenanceNotice(u.tx, m.id, phase, u.now))) return 0;
      // An end noticed first also settles the start: a "started" mail after "completed" would only confuse.
      if (phase === 'ended') await claimMaintenanceNotice(u.tx, m.id, 'started', u.now);
      const ids = (JSON.parse(m.component_ids) as unknown[]).map(String);
      const names = new Map((await componentNames(u.tx, ids)).map((c) => [c.id, both(c.name_nl, c.name_en)]));
      const deliveries = await notifySubscribers(u, ctx, {
        kind: 'maintenance',
        phase: phase === 'started' ? 'started' : 'completed',
        maintenance_id: m.id,
        name: both(m.title_nl, m.title_en),
        body: both(m.body_nl, m.body_en),
        scheduled_for: m.scheduled_for,
        scheduled_until: m.scheduled_until,
        components: ids.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
        at: u.now,
      });
      await u.event(
        phase === 'started' ? 'status_maintenance.started' : 'status_maintenance.completed',
        { maintenance_id: m.id, deliveries },
        { subject: m.id },
      );
      return 1;
    });
  }
  return sent;
}
