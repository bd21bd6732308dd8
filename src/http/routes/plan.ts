// The response plan: read, replace, validate, versions, differences, restore, review, export, emergency sheet.
import { z } from 'zod';
import {
  ZEmergencySheet,
  ZPlanDiff,
  ZPlanDiffQuery,
  ZPlanDocument,
  ZPlanSaved,
  ZPlanValidation,
  ZPlanVersion,
  ZPlanVersionList,
  ZReplacePlanRequest,
  ZValidatePlanRequest,
  ZVersionParams,
} from '../../core/api/plan.js';
import { planJsonSchema } from '../../core/plan/index.js';
import { getPlan } from '../../app/plan/get-plan.js';
import { replacePlan } from '../../app/plan/replace-plan.js';
import { validatePlanInput } from '../../app/plan/validate-plan-input.js';
import { diffPlanVersions, getPlanVersion, listPlanVersions } from '../../app/plan/plan-versions.js';
import { restorePlanVersion } from '../../app/plan/restore-plan-version.js';
import { markPlanReviewed } from '../../app/plan/mark-plan-reviewed.js';
import { getEmergencySheet } from '../../app/plan/get-emergency-sheet.js';
import { renderEmergencySheetPdf } from '../../documents/emergency-sheet-pdf.js';
import { defineRoute } from '../route.js';
import { fileName } from '../file-name.js';
import { ZProblem } from './problem-schema.js';

const denied = { 401: ZProblem, 403: ZProblem };
const schema = planJsonSchema();

export const planRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/plan/schema',
    access: 'public',
    tag: 'plan',
    summary: 'The JSON Schema of the response plan (also in docs/plan-schema.json)',
    responses: { 200: z.record(z.string(), z.unknown()) },
    handler: async () => schema,
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/plan',
    access: 'responder',
    tag: 'plan',
    summary: 'The plan in force: version, YAML, the parsed plan, review status, last contact check',
    responses: { 200: ZPlanDocument, ...denied, 404: ZProblem },
    handler: async ({ ctx }) => getPlan(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/plan',
    access: 'admin',
    tag: 'plan',
    summary:
      'Replace the plan (YAML text or object); refused whole with every problem, the plan in force stays',
    body: ZReplacePlanRequest,
    responses: { 200: ZPlanSaved, 400: ZProblem, ...denied, 409: ZProblem },
    handler: async ({ ctx, body }) => replacePlan(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/plan/validate',
    access: 'responder',
    tag: 'plan',
    summary: 'Check a plan without saving it',
    body: ZValidatePlanRequest,
    responses: { 200: ZPlanValidation, 400: ZProblem, ...denied },
    handler: async ({ ctx, body }) => validatePlanInput(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/plan/export.yaml',
    access: 'responder',
    tag: 'plan',
    summary: 'The plan in force as a YAML file',
    produces: 'application/yaml',
    responses: { 200: null, ...denied },
    handler: async ({ ctx, reply }) => {
      const plan = await getPlan(ctx);
      return reply
        .type('application/yaml; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="${fileName(plan.plan.organisation.name, `plan-v${plan.version}.yaml`)}"`,
        )
        .send(plan.yaml);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/plan/versions',
    access: 'responder',
    tag: 'plan',
    summary: 'Every version of the plan, newest first',
    responses: { 200: ZPlanVersionList, ...denied },
    handler: async ({ ctx }) => listPlanVersions(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/plan/versions/:number',
    access: 'responder',
    tag: 'plan',
    summary: 'One version of the plan',
    params: ZVersionParams,
    responses: { 200: ZPlanVersion, 400: ZProblem, ...denied, 404: ZProblem },
    handler: async ({ ctx, params }) => getPlanVersion(ctx, params.number),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/plan/diff',
    access: 'responder',
    tag: 'plan',
    summary: 'What changed between two versions, in words',
    query: ZPlanDiffQuery,
    responses: { 200: ZPlanDiff, 400: ZProblem, ...denied, 404: ZProblem },
    handler: async ({ ctx, query }) => diffPlanVersions(ctx, query.from, query.to),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/plan/versions/:number/restore',
    access: 'admin',
    tag: 'plan',
    summary: 'Bring back an older version, as a new version',
    params: ZVersionParams,
    responses: { 200: ZPlanSaved, 400: ZProblem, ...denied, 404: ZProblem },
    handler: async ({ ctx, params }) => restorePlanVersion(ctx, params.number),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/plan/reviewed',
    access: 'admin',
    tag: 'plan',
    summary: 'Record that the plan was reviewed today (a new version with reviewed_at set)',
    responses: { 200: ZPlanSaved, ...denied },
    handler: async ({ ctx }) => markPlanReviewed(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/plan/emergency-sheet',
    access: 'responder',
    tag: 'plan',
    summary: 'Who to call per role, external contacts and first steps per scenario, for the print page',
    responses: { 200: ZEmergencySheet, ...denied },
    handler: async ({ ctx }) => getEmergencySheet(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/plan/emergency-sheet.pdf',
    access: 'responder',
    tag: 'plan',
    summary: 'The emergency sheet as a PDF (A4)',
    produces: 'application/pdf',
    responses: { 200: null, ...denied },
    handler: async ({ ctx, reply }) => {
      const sheet = await getEmergencySheet(ctx);
      const pdf = await renderEmergencySheetPdf(sheet);
      return reply
        .type('application/pdf')
        .header(
          'Content-Disposition',
          `inline; filename="${fileName(sheet.organisation, `emergency-sheet-v${sheet.version}.pdf`)}"`,
        )
        .send(pdf);
    },
  }),
];
