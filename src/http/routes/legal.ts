// Legal clocks: the assessment, the obligations it creates (not required with reasoning, submission), their
// drafts and exports, the dashboard across incidents and the breach register.
import {
  ZAssessmentRequest,
  ZBreachRegister,
  ZEditDraftRequest,
  ZLegal,
  ZNotRequiredRequest,
  ZObligationDashboard,
  ZObligationDraft,
  ZObligationParams,
  ZSubmitObligationRequest,
} from '../../core/api/legal.js';
import { ZIncidentParams } from '../../core/api/incidents.js';
import { addFollowUp } from '../../app/legal/add-follow-up.js';
import { breachRegister, breachRegisterCsv } from '../../app/legal/breach-register.js';
import { exportDraft, type ExportFormat } from '../../app/legal/export-draft.js';
import { getLegal } from '../../app/legal/get-legal.js';
import { listOpenClocks } from '../../app/legal/list-obligations.js';
import { markNotRequired } from '../../app/legal/mark-not-required.js';
import { editDraft, getDraft } from '../../app/legal/obligation-draft.js';
import { recordAssessment } from '../../app/legal/record-assessment.js';
import { submitObligation } from '../../app/legal/submit-obligation.js';
import { defineRoute } from '../route.js';
import { documentMediaType, sendDocument } from '../download.js';
import { ZProblem } from './problem-schema.js';

const tag = 'legal';
const readAnswers = { 401: ZProblem, 404: ZProblem };
const changeAnswers = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };

const exportRoute = (format: ExportFormat) =>
  defineRoute({
    method: 'GET',
    url: `/api/v1/incidents/:id/obligations/:obligationId/export.${format}`,
    access: 'viewer',
    tag,
    summary: `The notification as ${format === 'md' ? 'Markdown' : format.toUpperCase()}: the draft, or the document as sent`,
    params: ZObligationParams,
    produces: documentMediaType(format),
    responses: { 200: null, ...readAnswers },
    handler: async ({ ctx, params, reply }) => {
      const file = await exportDraft(ctx, params.id, params.obligationId, format);
      return sendDocument(reply, format, file);
    },
  });

export const legalRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/legal',
    access: 'viewer',
    tag,
    summary: "The plan's regulatory profile, the assessment and every legal duty with its clock",
    params: ZIncidentParams,
    responses: { 200: ZLegal, ...readAnswers },
    handler: async ({ ctx, params }) => getLegal(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/incidents/:id/assessment',
    access: 'responder',
    tag,
    summary: 'Record the GDPR, NIS2 and DORA assessment; creates the duties it calls for',
    params: ZIncidentParams,
    body: ZAssessmentRequest,
    responses: { 200: ZLegal, ...changeAnswers },
    handler: async ({ ctx, params, body }) => recordAssessment(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/obligations/:obligationId/not-required',
    access: 'responder',
    tag,
    summary: 'Decide that a duty does not apply, with the reasoning (recorded as a decision)',
    params: ZObligationParams,
    body: ZNotRequiredRequest,
    responses: { 200: ZLegal, ...changeAnswers },
    handler: async ({ ctx, params, body }) =>
      markNotRequired(ctx, params.id, params.obligationId, body.reasoning),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/obligations/:obligationId/follow-ups',
    access: 'responder',
    tag,
    summary: 'Add a follow-up to a submitted notification to the supervisory authority (GDPR art. 33(4))',
    params: ZObligationParams,
    responses: { 201: ZLegal, ...changeAnswers },
    handler: async ({ ctx, params }) => addFollowUp(ctx, params.id, params.obligationId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/obligations/:obligationId/submit',
    access: 'responder',
    tag,
    summary: "Record the submission: when, the authority's reference; the draft is kept as sent",
    params: ZObligationParams,
    body: ZSubmitObligationRequest,
    responses: { 200: ZLegal, ...changeAnswers },
    handler: async ({ ctx, params, body }) => submitObligation(ctx, params.id, params.obligationId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/obligations/:obligationId/draft',
    access: 'viewer',
    tag,
    summary: 'The notification draft, pre-filled from the incident; frozen once submitted',
    params: ZObligationParams,
    responses: { 200: ZObligationDraft, ...readAnswers },
    handler: async ({ ctx, params }) => {
      const { language: _language, ...draft } = await getDraft(ctx, params.id, params.obligationId);
      return draft;
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/incidents/:id/obligations/:obligationId/draft',
    access: 'responder',
    tag,
    summary: 'Change values of the draft (by field key); the rest stays as Stormbell fills it in',
    params: ZObligationParams,
    body: ZEditDraftRequest,
    responses: { 200: ZObligationDraft, ...changeAnswers },
    handler: async ({ ctx, params, body }) => editDraft(ctx, params.id, params.obligationId, body.fields),
  }),
  exportRoute('md'),
  exportRoute('json'),
  exportRoute('pdf'),
  defineRoute({
    method: 'GET',
    url: '/api/v1/obligations',
    access: 'viewer',
    tag,
    summary: 'Every open legal duty across the incidents you can see, overdue and soonest first',
    responses: { 200: ZObligationDashboard, 401: ZProblem },
    handler: async ({ ctx }) => listOpenClocks(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/breach-register',
    access: 'responder',
    tag,
    summary: 'GDPR art. 33(5): every personal-data breach, notified or not, with its decisions',
    responses: { 200: ZBreachRegister, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx }) => breachRegister(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/breach-register.csv',
    access: 'responder',
    tag,
    summary: 'The breach register as CSV',
    produces: 'text/csv',
    responses: { 200: null, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, reply }) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="breach-register.csv"')
        .send(await breachRegisterCsv(ctx)),
  }),
];
