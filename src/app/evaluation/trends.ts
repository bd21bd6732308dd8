// Trends across the incidents the caller may see: per month (of the declaration, on the organisation's wall clock)
// the incidents by scenario and severity, mean times to detect, contain and recover, and deadlines met or missed;
// as JSON for the charts and as CSV for a spreadsheet.
import type { Language } from '../../core/api/common.js';
import type { Trends, TrendsQuery } from '../../core/api/evaluation-reports.js';
import { hasAccess } from '../../core/access.js';
import { csvCell, csvFile } from '../../core/csv.js';
import { invalid } from '../../core/errors.js';
import {
  addMonths,
  monthOf,
  monthsBetween,
  monthStart,
  trendMonths,
  type TrendIncident,
} from '../../core/evaluation/trends.js';
import { DEFAULT_TIME_ZONE } from '../../core/format-time.js';
import { t } from '../../core/i18n/index.js';
import type { Plan } from '../../core/plan/index.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { incidentsDeclaredBetween } from '../../store/repos/evaluation-report.js';
import { getPlanVersion, latestPlanVersion } from '../../store/repos/plan.js';
import { requireActor, type Ctx } from '../context.js';
import { parseVersion } from '../plan/current-plan.js';
import { incidentMetrics } from './support.js';

/** More months than this in one request is refused: five years of monthly rows is already a long chart. */
const MAX_MONTHS = 60;

export async function incidentTrends(ctx: Ctx, query: TrendsQuery): Promise<Trends> {
  const actor = requireActor(ctx, 'viewer');
  const tx = ctx.store.db;
  const timeZone = DEFAULT_TIME_ZONE;
  const thisMonth = monthOf(ctx.clock.now().toISOString(), timeZone);
  const to = query.to ?? (query.from ? addMonths(query.from, 11) : thisMonth);
  const from = query.from ?? addMonths(to, -11);
  if (from > to) throw invalid('from', 'report.month_order');
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS) throw invalid('to', 'report.month_range');
  const exercise = query.exercise === 'true';

  const incidents = await incidentsDeclaredBetween(tx, {
    from: monthStart(from, timeZone),
    to: monthStart(addMonths(to, 1), timeZone),
    exercise,
    visibleTo: hasAccess(actor.level, 'admin') ? undefined : actor.id,
  });

  // Plans by version, parsed once; names come from the newest plan, else from the incident's own.
  const plans = new Map<number, Plan>();
  const planOf = async (version: number): Promise<Plan | undefined> => {
    if (!plans.has(version)) {
      const row = await getPlanVersion(tx, version);
      if (row) plans.set(version, parseVersion(ctx.store, row));
    }
    return plans.get(version);
  };
  const latest = await latestPlanVersion(tx);
  const newest = latest ? parseVersion(ctx.store, latest) : undefined;
  const scenarios = new Map<string, string>();
  const severities = new Map<string, string>();

  const counted: TrendIncident[] = [];
  // One incident after the other: each reads its own timeline, and a burst of parallel reads would queue anyway.
  for (const incident of incidents) {
    const own = await planOf(Number(incident.plan_version));
    const name = (list: 'scenarios' | 'severities', id: string) =>
      newest?.[list].find((x) => x.id === id)?.name ?? own?.[list].find((x) => x.id === id)?.name ?? id;
    scenarios.set(incident.scenario_id, name('scenarios', incident.scenario_id));
    severities.set(incident.severity_id, name('severities', incident.severity_id));
    const metrics = await incidentMetrics(ctx, tx, incident, own);
    counted.push({
      month: monthOf(incident.declared_at, timeZone),
      scenarioId: incident.scenario_id,
      severityId: incident.severity_id,
      detectSeconds: metrics.time_to_detect_seconds,
      containSeconds: metrics.time_to_contain_seconds,
      recoverSeconds: metrics.time_to_recover_seconds,
      deadlines: metrics.deadlines.map((d) => d.outcome),
    });
  }
  const listed = (m: Map<string, string>) => [...m].map(([id, name]) => ({ id, name }));
  return {
    from,
    to,
    time_zone: timeZone,
    exercise,
    scenarios: listed(scenarios),
    severities: listed(severities),
    months: trendMonths(months, counted),
  };
}

/** The trends as CSV: one row a month, a column per scenario and severity, the means in whole minutes. */
export async function incidentTrendsCsv(ctx: Ctx, query: TrendsQuery): Promise<string> {
  const trends = await incidentTrends(ctx, query);
  const org = await getOrganisation(ctx.store.db);
  const lang: Language = query.lang ?? (org?.default_language === 'nl' ? 'nl' : 'en');
  const minutes = (s: number | null) => (s === null ? '' : Math.round(s / 60));
  const header = [
    t(lang, 'report.trends.month'),
    t(lang, 'report.trends.incidents'),
    ...trends.scenarios.map((s) => t(lang, 'report.trends.scenario', { name: s.name })),
    ...trends.severities.map((s) => t(lang, 'report.trends.severity', { name: s.name })),
    t(lang, 'report.trends.mean_detect'),
    t(lang, 'report.trends.mean_contain'),
    t(lang, 'report.trends.mean_recover'),
    t(lang, 'report.trends.deadlines_met'),
    t(lang, 'report.trends.deadlines_missed'),
  ];
  const rows = trends.months.map((m) => [
    m.month,
    m.incidents,
    ...trends.scenarios.map((s) => m.by_scenario[s.id] ?? 0),
    ...trends.severities.map((s) => m.by_severity[s.id] ?? 0),
    minutes(m.mean_time_to_detect_seconds),
    minutes(m.mean_time_to_contain_seconds),
    minutes(m.mean_time_to_recover_seconds),
    m.deadlines_met,
    m.deadlines_missed,
  ]);
  // Scenario and severity names come from the plan and may hold commas: the header is quoted like the cells.
  return csvFile(header.map(csvCell), rows);
}
