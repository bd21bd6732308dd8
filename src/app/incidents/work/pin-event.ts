// Pins a timeline event as a key moment, or unpins it. The timeline is append-only, so pinning is itself an event.
import { conflict, notFound } from '../../../core/errors.js';
import { getIncidentEvent, lastPinChange } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';

const pinTypes = ['event.pinned', 'event.unpinned'];

/** A note may be pinned as it is added; after that, the last pin or unpin about it decides. */
function pinnedAtFirst(event: { type: string; payload: string }): boolean {
  if (event.type !== 'note.added') return false;
  try {
    return (JSON.parse(event.payload) as { pinned?: unknown }).pinned === true;
  } catch {
    return false;
  }
}

export async function pinEvent(
  ctx: Ctx,
  id: string,
  eventId: string,
  input: { pinned: boolean },
): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const event = await getIncidentEvent(u.tx, incident.id, eventId);
    if (!event) throw notFound('event');
    if (pinTypes.includes(event.type)) throw conflict('incident.pin_a_pin');
    const last = await lastPinChange(u.tx, incident.id, event.id);
    const pinned = last === undefined ? pinnedAtFirst(event) : last === 'event.pinned';
    if (pinned === input.pinned) return incident.id;
    // The subject is the pinned event, so the timeline can find an event's pin state by subject alone.
    await u.event(
      input.pinned ? 'event.pinned' : 'event.unpinned',
      { event_id: event.id, type: event.type },
      { chainId: incident.id, subject: event.id },
    );
    return incident.id;
  });
}
