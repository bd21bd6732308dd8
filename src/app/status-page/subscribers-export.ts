// The email subscribers as CSV for admins (RFC 4180, every cell quoted and safe to open in a spreadsheet), in the
// columns the import reads back.
import { ZSubscriberCsvColumns } from '../../core/api/status-page.js';
import { csvFile } from '../../core/csv.js';
import { listSubscribers, stateOf } from '../../store/repos/status-subscribers.js';
import { requireActor, type Ctx } from '../context.js';
import { parseComponentIds } from './subscribers-support.js';

const PAGE = 1000;

export async function exportStatusSubscribersCsv(ctx: Ctx): Promise<string> {
  requireActor(ctx, 'admin');
  const rows: unknown[][] = [];
  let after = '';
  for (;;) {
    const page = await listSubscribers(ctx.store.db, { kind: 'email', limit: PAGE, afterId: after });
    for (const r of page)
      rows.push([
        r.address,
        r.language,
        (parseComponentIds(r.component_ids) ?? []).join(';'),
        stateOf(r),
        r.created_at,
        r.confirmed_at ?? '',
      ]);
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return csvFile(ZSubscriberCsvColumns, rows);
}
