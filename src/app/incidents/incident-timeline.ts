// An incident's timeline for people: newest first, filtered by type, with who did it and which moments are pinned.
import type { TimelineItem } from '../../core/api/incidents.js';
import type { StoredEvent } from '../../core/timeline/verify.js';
import { listAccounts } from '../../store/repos/accounts.js';
import { chainHeadSeq, eventsAfter, listEvents, pinEvents } from '../../store/repos/timeline.js';
import { getIncident } from '../../store/repos/incidents.js';
import type { Tx } from '../../store/db.js';
import { type Ctx } from '../context.js';
import { canSee, loadIncidentForRead } from './access.js';

/** Which events are pinned now: pinning is itself an event (the timeline is append-only), the last one counts. */
export async function pinnedEventIds(tx: Tx, chainId: string): Promise<Set<string>> {
  const pinned = new Set<string>();
  for (const e of await pinEvents(tx, chainId)) {
    const p = (e.payload ?? {}) as { event_id?: string; pinned?: boolean };
    if (e.type === 'note.added' && p.pinned) pinned.add(e.id);
    if (e.type === 'event.pinned' && p.event_id) pinned.add(p.event_id);
    if (e.type === 'event.unpinned' && p.event_id) pinned.delete(p.event_id);
  }
  return pinned;
}

export function presentEvent(e: StoredEvent, names: Map<string, string>, pinned: Set<string>): TimelineItem {
  return {
    id: e.id,
    seq: e.seq,
    at: e.at,
    actor_id: e.actorId,
    actor_name: e.actorId ? (names.get(e.actorId) ?? null) : null,
    type: e.type,
    subject: e.subject,
    payload: (e.payload ?? {}) as Record<string, unknown>,
    pinned: pinned.has(e.id),
  };
}

export async function incidentTimeline(
  ctx: Ctx,
  id: string,
  options: {
    types?: string[] | undefined;
    pinned?: boolean | undefined;
    before?: number | undefined;
    limit: number;
  },
) {
  const incident = await loadIncidentForRead(ctx, id);
  const names = new Map((await listAccounts(ctx.store.db)).map((a) => [a.id, a.name]));
  const pinned = await pinnedEventIds(ctx.store.db, incident.id);
  const items: TimelineItem[] = [];
  let before = options.before;
  // Filters are applied while paging backwards, so a page is full even when most events do not match.
  for (let guard = 0; guard < 50 && items.length < options.limit; guard++) {
    const page = await listEvents(ctx.store.db, incident.id, {
      limit: 200,
      ...(before !== undefined ? { beforeSeq: before } : {}),
    });
    for (const e of page) {
      if (options.types && !options.types.some((t) => e.type === t || e.type.startsWith(`${t}.`))) continue;
      if (options.pinned && !pinned.has(e.id)) continue;
      items.push(presentEvent(e, names, pinned));
      if (items.length === options.limit) break;
    }
    if (page.length < 200) break;
    before = page[page.length - 1]!.seq;
  }
  const last = items[items.length - 1];
  return { items, next_before: items.length === options.limit && last && last.seq > 1 ? last.seq : null };
}

/** The incident (by id or reference) the caller may read, and its newest event number: where a live stream starts. */
export async function liveStart(ctx: Ctx, id: string): Promise<{ incidentId: string; latestSeq: number }> {
  const incident = await loadIncidentForRead(ctx, id);
  return { incidentId: incident.id, latestSeq: await chainHeadSeq(ctx.store.db, incident.id) };
}

/**
 * The events after `afterSeq`, oldest first, for the live stream; null once the caller may no longer see the
 * incident (say, removed from a restricted incident's team while the page was open).
 */
export async function liveEventsAfter(
  ctx: Ctx,
  incidentId: string,
  afterSeq: number,
): Promise<TimelineItem[] | null> {
  const incident = await getIncident(ctx.store.db, incidentId);
  if (!incident || !ctx.actor || !(await canSee(ctx.store.db, ctx.actor, incident))) return null;
  const events = await eventsAfter(ctx.store.db, incident.id, afterSeq);
  if (events.length === 0) return [];
  const names = new Map((await listAccounts(ctx.store.db)).map((a) => [a.id, a.name]));
  const pinned = await pinnedEventIds(ctx.store.db, incident.id);
  return events.map((e) => presentEvent(e, names, pinned));
}
