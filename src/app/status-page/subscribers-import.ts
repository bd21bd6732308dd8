// Admins import email subscribers from CSV (header email,language,components; other columns, such as those of the
// export, are ignored). Every bad line is reported with its line number and field, and then nothing is imported.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ZEmail, ZLanguage, type Language } from '../../core/api/common.js';
import type { ZImportSubscribersRequest } from '../../core/api/status-page.js';
import { parseCsv } from '../../core/csv.js';
import { DomainError, type FieldProblem } from '../../core/errors.js';
import { enqueueMany } from '../../store/repos/outbox.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import {
  existingAddresses,
  insertSubscribers,
  pageComponents,
  type SubscriberRow,
} from '../../store/repos/status-subscribers.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { componentIdsJson, newSubscriberToken, optInDelivery, senderOf } from './subscribers-support.js';

type ImportInput = z.output<typeof ZImportSubscribersRequest>;

/** Lines looked up and inserted per step (the repositories split them further into statements). */
const IMPORT_CHUNK = 2000;

interface Line {
  line: number;
  email: string;
  language: Language;
  components: string[];
}

const rejected = (problems: FieldProblem[]) =>
  new DomainError(
    'invalid',
    'status.import_invalid',
    { count: new Set(problems.map((p) => p.line)).size },
    problems,
  );

/** The file's lines, checked; throws with every problem of every line. */
function readLines(csv: string, defaultLanguage: Language, known: Set<string>): Line[] {
  const parsed = parseCsv(csv);
  if ('unclosedQuoteAt' in parsed)
    throw rejected([{ field: 'csv', key: 'field.csv_quote', line: parsed.unclosedQuoteAt }]);
  const [header, ...records] = parsed.records;
  const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const col = (name: string) => names.indexOf(name);
  if (!header || col('email') < 0) throw rejected([{ field: 'csv', key: 'field.csv_header', line: 1 }]);
  const problems: FieldProblem[] = [];
  const lines: Line[] = [];
  for (const r of records) {
    // The export defuses a leading = + - @ with a quote (spreadsheet formulas); reading it back undoes that.
    const at = (name: string) =>
      (col(name) >= 0 ? (r.cells[col(name)] ?? '').trim() : '').replace(/^'(?=[=+\-@])/, '');
    if (r.cells.length > names.length) {
      problems.push({
        field: 'line',
        key: 'field.csv_columns',
        params: { count: r.cells.length },
        line: r.line,
      });
      continue;
    }
    const bad = (field: string, key: string, params?: Record<string, string>) =>
      problems.push({ field, key, line: r.line, ...(params ? { params } : {}) });
    const email = ZEmail.safeParse(at('email'));
    if (!email.success) bad('email', at('email') === '' ? 'field.required' : 'field.email');
    const language =
      at('language') === '' ? defaultLanguage : ZLanguage.safeParse(at('language').toLowerCase());
    if (typeof language !== 'string' && !language.success) bad('language', 'field.language');
    const components = at('components')
      .split(/[;,]/)
      .map((c) => c.trim())
      .filter(Boolean);
    for (const id of components) if (!known.has(id)) bad('components', 'field.component_unknown', { id });
    if (email.success && (typeof language === 'string' || language.success))
      lines.push({
        line: r.line,
        email: email.data,
        language: typeof language === 'string' ? language : language.data,
        components,
      });
  }
  if (problems.length > 0) throw rejected(problems);
  return lines;
}

export async function importStatusSubscribers(
  ctx: Ctx,
  input: ImportInput,
): Promise<{ imported: number; already_subscribed: number }> {
  requireActor(ctx, 'admin');
  const org = await getOrganisation(ctx.store.db);
  const defaultLanguage: Language = org?.default_language === 'nl' ? 'nl' : 'en';
  const known = new Set((await pageComponents(ctx.store.db)).map((c) => c.id));
  const lines = readLines(input.csv, defaultLanguage, known);
  const byEmail = new Map<string, Line>();
  for (const l of lines) if (!byEmail.has(l.email)) byEmail.set(l.email, l);
  const byMail = input.confirm_by_mail === true;

  return inTransaction(ctx, async (u) => {
    // In chunks: 50,000 lines never become 50,000 rows (and tokens, and opt-in mails) in memory at once.
    const unique = [...byEmail.values()];
    byEmail.clear();
    const sender = byMail ? await senderOf(u.tx) : null;
    let imported = 0;
    let woken = false;
    for (let i = 0; i < unique.length; i += IMPORT_CHUNK) {
      const chunk = unique.slice(i, i + IMPORT_CHUNK);
      const existing = await existingAddresses(
        u.tx,
        'email',
        chunk.map((l) => l.email),
      );
      const rows: SubscriberRow[] = chunk
        .filter((l) => !existing.has(l.email))
        .map((l) => ({
          id: randomUUID(),
          kind: 'email',
          address: l.email,
          language: l.language,
          component_ids: componentIdsJson(l.components),
          token: newSubscriberToken(),
          created_at: u.now,
          // The admin vouches for the addresses, unless they asked each owner to confirm.
          confirmed_at: byMail ? null : u.now,
          unsubscribed_at: null,
          source: 'import',
        }));
      imported += await insertSubscribers(u.tx, rows);
      if (sender && rows.length > 0) {
        const mails = rows.map((r) => optInDelivery(ctx, sender, r, u.now));
        await enqueueMany(u.tx, mails);
        // Through the unit too (a no-op insert), so the worker is woken once this commits.
        if (!woken) await u.deliver(mails[0]!);
        woken = true;
      }
    }
    const already = lines.length - imported;
    await u.event('status_subscribers.imported', {
      imported,
      already_subscribed: already,
      confirm_by_mail: byMail,
    });
    return { imported, already_subscribed: already };
  });
}
