// Request and response schemas of the incident reports and the trends (routes in src/http/routes/evaluation-reports.ts):
//   GET /api/v1/incidents/:id/report.md|.pdf                 [viewer]  ?lang=nl|en  the full incident report
//   GET /api/v1/incidents/:id/report-executive.md|.pdf       [viewer]  ?lang=nl|en  one page for the board
//   GET /api/v1/evaluation/trends                            [viewer]  ZTrendsQuery -> ZTrends
//   GET /api/v1/evaluation/trends.csv                        [viewer]  ZTrendsQuery -> text/csv (one row a month)
// The reports are in the organisation's language unless `lang` asks for the other. Trends count the incidents the
// caller may see (restricted ones only for their team and admins), exercises only with `exercise=true`, by the
// month of their declaration in the organisation's time zone.
import { z } from 'zod';
import { ZLanguage } from './common.js';

export const ZReportQuery = z.object({ lang: ZLanguage.optional() });

const ZMonth = z
  .string({ error: 'field.required' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'report.month_format' });

/** `from` and `to` are months (YYYY-MM), both included; by default the twelve months up to this one. */
export const ZTrendsQuery = z.object({
  from: ZMonth.optional(),
  to: ZMonth.optional(),
  exercise: z.enum(['true', 'false'], { error: 'field.boolean' }).optional(),
  lang: ZLanguage.optional(),
});
export type TrendsQuery = z.infer<typeof ZTrendsQuery>;

const MeanSeconds = z.number().int().min(0).nullable().describe('whole seconds; null when none was measured');

export const ZTrendMonth = z.object({
  month: z.string().describe('YYYY-MM'),
  incidents: z.number().int().min(0),
  /** Incidents per scenario id (see `scenarios` for the names); scenarios without incidents are left out. */
  by_scenario: z.record(z.string(), z.number().int()),
  by_severity: z.record(z.string(), z.number().int()),
  mean_time_to_detect_seconds: MeanSeconds,
  mean_time_to_contain_seconds: MeanSeconds,
  mean_time_to_recover_seconds: MeanSeconds,
  /** How many incidents each mean is taken over (an incident still in containment has no time to recover). */
  measured: z.object({ detect: z.number().int(), contain: z.number().int(), recover: z.number().int() }),
  /** Legal deadlines of the month's incidents: submitted in time, and late (or still open past due). */
  deadlines_met: z.number().int().min(0),
  deadlines_missed: z.number().int().min(0),
});
export type TrendMonth = z.infer<typeof ZTrendMonth>;

export const ZTrends = z.object({
  from: z.string(),
  to: z.string(),
  time_zone: z.string(),
  exercise: z.boolean(),
  /** Every scenario and severity that occurs, named as in the newest plan (else the incident's own plan). */
  scenarios: z.array(z.object({ id: z.string(), name: z.string() })),
  severities: z.array(z.object({ id: z.string(), name: z.string() })),
  /** One entry per month from `from` to `to`, months without incidents included. */
  months: z.array(ZTrendMonth),
});
export type Trends = z.infer<typeof ZTrends>;
