// The employees' page: current incidents with their internal updates, what employees may and may not do, and
// when the next update comes. Open to a logged-in account, or to anyone with the organisation's secret link.
import { hasAccess } from '../../core/access.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { isInternalPageKey } from '../../core/pages/internal-page-key.js';
import { pageLanguage } from '../../core/pages/language.js';
import type { InternalPage, InternalPageIncident, PageMessage } from '../../core/pages/page-data.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { latestFactSheet, listIncidents } from '../../store/repos/incidents.js';
import { listPublishedForChannel } from '../../store/repos/messages.js';
import type { Ctx } from '../context.js';
import { incidentPlan } from '../incidents/work/support.js';
import type { AskedByBrowser } from './page-language.js';
import { toPageMessages } from './page-messages.js';

/** Internal updates shown per incident: the newest few; older ones are history, not news. */
const UPDATES_PER_INCIDENT = 10;

/** The newest updates; a correction of one that falls off the page says only that it corrects an earlier one. */
function newest(updates: PageMessage[]): PageMessage[] {
  const kept = updates.slice(0, UPDATES_PER_INCIDENT);
  const ids = new Set(kept.map((u) => u.id));
  return kept.map((u) =>
    u.corrects && u.corrects !== 'earlier' && !ids.has(u.corrects.id) ? { ...u, corrects: 'earlier' } : u,
  );
}

export async function getInternalPage(
  ctx: Ctx,
  input: { key?: string | undefined; asked: AskedByBrowser },
): Promise<InternalPage> {
  const db = ctx.store.db;
  const org = await getOrganisation(db);
  // A wrong key is exactly "no such page": nothing tells it apart from an address that never existed.
  if (input.key !== undefined && (!org || !isInternalPageKey(org.secret, input.key))) throw notFound('page');
  const actor = ctx.actor;
  if (input.key === undefined && !actor) throw unauthenticated();

  const language = pageLanguage({ ...input.asked, account: actor?.language }, org?.default_language);
  // Need to know holds here too: through the link never; logged in, only what the account may see in the app.
  const rows = (
    await listIncidents(db, {
      open: true,
      exercise: false,
      visibleTo: actor && !hasAccess(actor.level, 'admin') ? actor.id : undefined,
      limit: 100,
    })
  ).filter((row) => actor !== null || !row.restricted);

  const since = rows.map((r) => r.declared_at).sort()[0];
  const published = since
    ? await listPublishedForChannel(db, 'internal_page', {
        limit: 500,
        since,
        includeRestricted: actor !== null,
      })
    : [];
  const shown = toPageMessages(published, language);

  const incidents: InternalPageIncident[] = [];
  for (const row of rows) {
    const plan = await incidentPlan(ctx, db, row);
    const guidance = plan.scenarios.find((s) => s.id === row.scenario_id)?.employee_guidance;
    const sheet = await latestFactSheet(db, row.id);
    incidents.push({
      reference: row.reference,
      title: row.title,
      phase: row.phase,
      restricted: Boolean(row.restricted),
      nextUpdateAt: sheet?.next_update_at ?? null,
      guidance:
        guidance && (guidance.do.length > 0 || guidance.dont.length > 0)
          ? { language: plan.organisation.language, do: guidance.do, dont: guidance.dont }
          : null,
      updates: newest(shown.filter((s) => s.message.incident_id === row.id).map((s) => s.shown)),
    });
  }
  return {
    language,
    organisation: org?.name ?? '',
    now: ctx.clock.now().toISOString(),
    incidents,
  };
}
