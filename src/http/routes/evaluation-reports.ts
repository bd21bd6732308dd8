// Incident reports (the full report and the board summary, as Markdown or PDF) and the trends across incidents
// (JSON for the charts, CSV for a spreadsheet). Schemas and the route list: core/api/evaluation-reports.ts.
import { ZReportQuery, ZTrends, ZTrendsQuery } from '../../core/api/evaluation-reports.js';
import { ZIncidentParams } from '../../core/api/incidents.js';
import {
  exportIncidentReport,
  type ReportFormat,
  type ReportKind,
} from '../../app/evaluation/report-export.js';
import { incidentTrends, incidentTrendsCsv } from '../../app/evaluation/trends.js';
import { defineRoute } from '../route.js';
import { documentMediaType, sendDocument } from '../download.js';
import { ZProblem } from './problem-schema.js';

const tag = 'evaluation';
const reportRoute = (kind: ReportKind, format: ReportFormat) =>
  defineRoute({
    method: 'GET',
    url: `/api/v1/incidents/:id/${kind === 'full' ? 'report' : 'report-executive'}.${format}`,
    access: 'viewer',
    tag,
    summary:
      kind === 'full'
        ? `The incident report as ${format === 'md' ? 'Markdown' : 'PDF'}: summary, timeline, decisions, metrics, communication, legal duties, review, action items`
        : `The one-page summary for the board as ${format === 'md' ? 'Markdown' : 'PDF'}`,
    params: ZIncidentParams,
    query: ZReportQuery,
    produces: documentMediaType(format),
    responses: { 200: null, 400: ZProblem, 401: ZProblem, 404: ZProblem },
    handler: async ({ ctx, params, query, reply }) => {
      const file = await exportIncidentReport(ctx, params.id, kind, format, query.lang);
      return sendDocument(reply, format, file);
    },
  });

export const evaluationReportRoutes = [
  reportRoute('full', 'md'),
  reportRoute('full', 'pdf'),
  reportRoute('executive', 'md'),
  reportRoute('executive', 'pdf'),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/trends',
    access: 'viewer',
    tag,
    summary:
      'Per month: incidents by scenario and severity, mean times to detect, contain and recover, deadlines met and missed',
    query: ZTrendsQuery,
    responses: { 200: ZTrends, 400: ZProblem, 401: ZProblem },
    handler: async ({ ctx, query }) => incidentTrends(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/trends.csv',
    access: 'viewer',
    tag,
    summary: 'The trends as CSV, one row a month',
    query: ZTrendsQuery,
    produces: 'text/csv',
    responses: { 200: null, 400: ZProblem, 401: ZProblem },
    handler: async ({ ctx, query, reply }) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="incident-trends.csv"')
        .send(await incidentTrendsCsv(ctx, query)),
  }),
];
