// Intake and triage: alerts from monitoring (one route per source), intake tokens, the employee report form and
// its link, and the report queue (list, read, dismiss, merge).
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  alertPayloadSchemas,
  ZAlertsAccepted,
  ZCreateIntakeTokenRequest,
  ZCreatedIntakeToken,
  ZDismissRequest,
  ZIntakeTokenList,
  ZMergeRequest,
  ZReport,
  ZReportFormAccepted,
  ZReportFormInfo,
  ZReportFormRequest,
  ZReportLink,
  ZReportList,
  ZReportListQuery,
} from '../../core/api/intake.js';
import type { Language } from '../../core/api/common.js';
import { DomainError } from '../../core/errors.js';
import { t } from '../../core/i18n/index.js';
import { normaliseAlerts } from '../../core/intake/payloads.js';
import { alertSources, type AlertSource } from '../../core/intake/sources.js';
import { receiveAlerts } from '../../app/intake/receive-alerts.js';
import { IdempotencyKeyReused } from '../../app/intake/idempotency.js';
import { createIntakeToken } from '../../app/intake/create-intake-token.js';
import { listIntakeTokens } from '../../app/intake/list-intake-tokens.js';
import { revokeIntakeToken } from '../../app/intake/revoke-intake-token.js';
import { getReportForm } from '../../app/intake/get-report-form.js';
import { getReportLink } from '../../app/intake/get-report-link.js';
import { submitEmployeeReport } from '../../app/intake/submit-employee-report.js';
import { listReports } from '../../app/intake/list-reports.js';
import { getReport } from '../../app/intake/get-report.js';
import { dismissReport } from '../../app/intake/dismiss-report.js';
import { mergeReport } from '../../app/intake/merge-report.js';
import { defineRoute, type AnyRoute } from '../route.js';
import { problem, sendProblem } from '../problem.js';
import { ZProblem } from './problem-schema.js';

const ZIdParams = z.object({ id: z.string().min(1).max(100) });
// Any key is "not found" when wrong, however it looks: the route says nothing about what a right one is like.
const ZFormKeyParams = z.object({ key: z.string().max(500) });

const sourceNames: Record<AlertSource, string> = {
  generic: 'the generic JSON (docs/intake.md)',
  alertmanager: "Prometheus Alertmanager's webhook (version 4)",
  grafana: "Grafana alerting's webhook contact point",
};

function header(req: FastifyRequest, name: string): string | undefined {
  const value = req.headers[name];
  // A repeated header is not one key: hand it on as something the key check refuses.
  return Array.isArray(value) ? value.join(', ') : value;
}

// The problem codes map has no 422 (no domain error is "unprocessable" but this one): answered here, once.
function keyReused(reply: FastifyReply, lang: Language) {
  const p = problem(422, 'idempotency_key_reused', t(lang, 'error.idempotency_mismatch'));
  return sendProblem(reply, { ...p, title: 'Unprocessable Content' });
}

function alertRoute(source: AlertSource): AnyRoute {
  return defineRoute({
    method: 'POST',
    url: `/api/v1/intake/alerts/${source}`,
    // Public to the session and API-token check: the sender proves itself with an intake token of this source.
    access: 'public',
    ownCredentials: true,
    tag: 'intake',
    summary: `Alerts from ${sourceNames[source]}; Authorization: Bearer <intake token for ${source}>; Idempotency-Key honoured`,
    body: alertPayloadSchemas[source],
    responses: {
      202: ZAlertsAccepted,
      400: ZProblem,
      401: ZProblem,
      409: ZProblem,
      413: ZProblem,
      422: ZProblem,
    },
    handler: async ({ ctx, body, req, reply, lang }) => {
      try {
        const answer = await receiveAlerts(ctx, {
          source,
          authorization: header(req, 'authorization'),
          idempotencyKey: header(req, 'idempotency-key'),
          body: req.body,
          alerts: normaliseAlerts(source, body),
        });
        if (answer.replayed) reply.header('Idempotent-Replayed', 'true');
        return answer.body;
      } catch (error) {
        if (error instanceof IdempotencyKeyReused) return keyReused(reply, lang);
        // RFC 9110: a 401 says which scheme would do.
        if (error instanceof DomainError && error.code === 'unauthenticated')
          reply.header('WWW-Authenticate', 'Bearer realm="stormbell-intake"');
        throw error;
      }
    },
  });
}

export const intakeRoutes: AnyRoute[] = [
  ...alertSources.map(alertRoute),
  defineRoute({
    method: 'GET',
    url: '/api/v1/intake/tokens',
    access: 'admin',
    tag: 'intake',
    summary: 'Intake tokens of the alert senders (never the tokens themselves)',
    responses: { 200: ZIntakeTokenList, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx }) => listIntakeTokens(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/intake/tokens',
    access: 'admin',
    tag: 'intake',
    summary: 'Create an intake token for one alert source; the token is in this answer only',
    body: ZCreateIntakeTokenRequest,
    responses: { 201: ZCreatedIntakeToken, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, body }) => createIntakeToken(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/intake/tokens/:id',
    access: 'admin',
    tag: 'intake',
    summary: 'Revoke an intake token; its sender is refused from now on',
    params: ZIdParams,
    responses: { 204: null, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem },
    handler: async ({ ctx, params }) => revokeIntakeToken(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/intake/report-link',
    access: 'admin',
    tag: 'intake',
    summary: 'The address of the employee report form, to share inside the organisation',
    responses: { 200: ZReportLink, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx }) => getReportLink(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/intake/report-form/:key',
    access: 'public',
    tag: 'intake',
    summary: 'Whose report form this is and in which languages (404 for a wrong key)',
    params: ZFormKeyParams,
    responses: { 200: ZReportFormInfo, 404: ZProblem },
    handler: async ({ ctx, params }) => getReportForm(ctx, params.key),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/intake/report-form/:key',
    access: 'public',
    tag: 'intake',
    summary: 'An employee reports something; at most 10 reports per hour per address (then 429)',
    params: ZFormKeyParams,
    body: ZReportFormRequest,
    responses: { 201: ZReportFormAccepted, 400: ZProblem, 404: ZProblem, 429: ZProblem },
    handler: async ({ ctx, params, body }) => submitEmployeeReport(ctx, params.key, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/reports',
    access: 'responder',
    tag: 'triage',
    summary: 'The triage queue: reports, newest activity first, optionally of one status',
    query: ZReportListQuery,
    responses: { 200: ZReportList, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, query }) => listReports(ctx, query.status ? { status: query.status } : {}),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/reports/:id',
    access: 'responder',
    tag: 'triage',
    summary: 'One report',
    params: ZIdParams,
    responses: { 200: ZReport, 401: ZProblem, 403: ZProblem, 404: ZProblem },
    handler: async ({ ctx, params }) => getReport(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/reports/:id/dismiss',
    access: 'responder',
    tag: 'triage',
    summary: 'Dismiss a report with a reason (it stays on record)',
    params: ZIdParams,
    body: ZDismissRequest,
    responses: { 200: ZReport, 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem },
    handler: async ({ ctx, params, body }) => dismissReport(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/reports/:id/merge',
    access: 'responder',
    tag: 'triage',
    summary: "Merge a report into an open incident; recorded on the incident's timeline",
    params: ZIdParams,
    body: ZMergeRequest,
    responses: { 200: ZReport, 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem },
    handler: async ({ ctx, params, body }) => mergeReport(ctx, params.id, body),
  }),
];
