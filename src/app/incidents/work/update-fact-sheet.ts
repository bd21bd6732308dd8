// Writes a new version of the incident's fact sheet, the one source every message draws on; old versions stay.
import type { z } from 'zod';
import type { ZFactSheetRequest } from '../../../core/api/incident-work.js';
import { insertFactSheet, latestFactSheet } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';

type FactSheetInput = z.infer<typeof ZFactSheetRequest>;
const fields = [
  'what_happened',
  'affected',
  'actions',
  'advice',
  'expected_recovery',
  'next_update_at',
] as const;

export async function updateFactSheet(ctx: Ctx, id: string, input: FactSheetInput): Promise<string> {
  return inTransaction(ctx, async (u) => {
    // The incident row is locked, so two saves at once get consecutive versions rather than one conflict.
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const previous = await latestFactSheet(u.tx, incident.id);
    const sheet = {
      incident_id: incident.id,
      version: Number(previous?.version ?? 0) + 1,
      what_happened: input.what_happened,
      affected: input.affected,
      actions: input.actions,
      advice: input.advice,
      expected_recovery: input.expected_recovery,
      next_update_at: input.next_update_at ? new Date(input.next_update_at).toISOString() : null,
      author_id: ctx.actor!.id,
      created_at: u.now,
    };
    await insertFactSheet(u.tx, sheet);
    const changed = fields.filter((f) => !previous || previous[f] !== sheet[f]);
    await u.event(
      'facts.updated',
      { version: sheet.version, changed },
      { chainId: incident.id, subject: incident.id },
    );
    return incident.id;
  });
}
