// Adds a free-text note to the incident's timeline, pinned as a key moment if asked.
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';

export async function addNote(
  ctx: Ctx,
  id: string,
  input: { text: string; pinned?: boolean | undefined },
): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    // The note is the event itself: there is no notes table, the timeline is where it lives.
    await u.event(
      'note.added',
      { text: input.text, pinned: input.pinned ?? false },
      { chainId: incident.id },
    );
    return incident.id;
  });
}
