// Every version of an incident's fact sheet, newest first: what each audience was told was true, and when.
import { listAccounts } from '../../../store/repos/accounts.js';
import { listFactSheets } from '../../../store/repos/incidents.js';
import type { Ctx } from '../../context.js';
import { loadIncidentForRead } from '../access.js';

export async function listFactSheetVersions(ctx: Ctx, id: string) {
  const incident = await loadIncidentForRead(ctx, id);
  const names = new Map((await listAccounts(ctx.store.db)).map((a) => [a.id, a.name]));
  const items = (await listFactSheets(ctx.store.db, incident.id)).map((f) => ({
    version: Number(f.version),
    what_happened: f.what_happened,
    affected: f.affected,
    actions: f.actions,
    advice: f.advice,
    expected_recovery: f.expected_recovery,
    next_update_at: f.next_update_at,
    author_name: f.author_id ? (names.get(f.author_id) ?? null) : null,
    created_at: f.created_at,
  }));
  return { items };
}
