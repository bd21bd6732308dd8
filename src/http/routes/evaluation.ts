// Evaluation: an incident's metrics and review (contributions, communication assessment, lessons, done or skipped),
// its action items, and the improvement backlog across incidents. Routes listed in src/core/api/evaluation.ts.
import {
  ZActionItem,
  ZActionItemParams,
  ZBacklog,
  ZBacklogQuery,
  ZCloseActionItemRequest,
  ZContribution,
  ZContributionParams,
  ZContributionRequest,
  ZCreateActionItemRequest,
  ZMetrics,
  ZReview,
  ZReviewDoneRequest,
  ZReviewReopenRequest,
  ZReviewSkipRequest,
  ZReviewTextsRequest,
  ZUpdateActionItemRequest,
  ZUpdateContributionRequest,
} from '../../core/api/evaluation.js';
import { ZIncidentParams } from '../../core/api/incidents.js';
import { addActionItem } from '../../app/evaluation/add-action-item.js';
import { addContribution } from '../../app/evaluation/add-contribution.js';
import { closeActionItem } from '../../app/evaluation/close-action-item.js';
import { markReviewDone } from '../../app/evaluation/complete-review.js';
import { editContribution } from '../../app/evaluation/edit-contribution.js';
import { getActionItem } from '../../app/evaluation/get-action-item.js';
import { getIncidentMetrics } from '../../app/evaluation/get-metrics.js';
import { getIncidentReview } from '../../app/evaluation/get-review.js';
import { listBacklog } from '../../app/evaluation/list-backlog.js';
import { removeContribution } from '../../app/evaluation/remove-contribution.js';
import { reopenActionItem } from '../../app/evaluation/reopen-action-item.js';
import { reopenReview } from '../../app/evaluation/reopen-review.js';
import { setReviewTexts } from '../../app/evaluation/set-review-texts.js';
import { skipReview } from '../../app/evaluation/skip-review.js';
import { updateItem } from '../../app/evaluation/update-action-item.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

const tag = 'evaluation';
const readAnswers = { 401: ZProblem, 404: ZProblem };
const changeAnswers = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const review = '/api/v1/incidents/:id/review';

export const evaluationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/metrics',
    access: 'viewer',
    tag,
    summary:
      "The incident's metrics, computed from its timeline: times to detect, contain, recover; updates; deadlines",
    params: ZIncidentParams,
    responses: { 200: ZMetrics, ...readAnswers },
    handler: async ({ ctx, params }) => getIncidentMetrics(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: review,
    access: 'viewer',
    tag,
    summary:
      'The review: metrics, pinned moments, contributions, communication assessment, lessons, action items',
    params: ZIncidentParams,
    responses: { 200: ZReview, ...readAnswers },
    handler: async ({ ctx, params }) => getIncidentReview(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${review}/contributions`,
    access: 'responder',
    tag,
    summary: 'Add what went well and what went wrong (from recovery on, while the review is open)',
    params: ZIncidentParams,
    body: ZContributionRequest,
    responses: { 201: ZContribution, ...changeAnswers },
    handler: async ({ ctx, params, body }) => addContribution(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${review}/contributions/:contributionId`,
    access: 'responder',
    tag,
    summary: 'Change your contribution (admins: any)',
    params: ZContributionParams,
    body: ZUpdateContributionRequest,
    responses: { 200: ZContribution, ...changeAnswers },
    handler: async ({ ctx, params, body }) => editContribution(ctx, params.id, params.contributionId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${review}/contributions/:contributionId`,
    access: 'responder',
    tag,
    summary: 'Remove your contribution (admins: any); the timeline keeps what it said',
    params: ZContributionParams,
    responses: { 204: null, ...changeAnswers },
    handler: async ({ ctx, params }) => removeContribution(ctx, params.id, params.contributionId),
  }),
  defineRoute({
    method: 'PUT',
    url: `${review}/texts`,
    access: 'responder',
    tag,
    summary: 'Record the assessment of the communication and the lessons',
    params: ZIncidentParams,
    body: ZReviewTextsRequest,
    responses: { 200: ZReview, ...changeAnswers },
    handler: async ({ ctx, params, body }) => setReviewTexts(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${review}/done`,
    access: 'responder',
    tag,
    summary: 'Mark the review done (evaluation phase); the incident can then close',
    params: ZIncidentParams,
    body: ZReviewDoneRequest,
    responses: { 200: ZReview, ...changeAnswers },
    handler: async ({ ctx, params }) => markReviewDone(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${review}/skip`,
    access: 'responder',
    tag,
    summary: 'Skip the review with a reason (a false alarm, say); the incident can then close',
    params: ZIncidentParams,
    body: ZReviewSkipRequest,
    responses: { 200: ZReview, ...changeAnswers },
    handler: async ({ ctx, params, body }) => skipReview(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${review}/reopen`,
    access: 'responder',
    tag,
    summary: 'Reopen a done or skipped review, until the incident closes',
    params: ZIncidentParams,
    body: ZReviewReopenRequest,
    responses: { 200: ZReview, ...changeAnswers },
    handler: async ({ ctx, params, body }) => reopenReview(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/action-items',
    access: 'responder',
    tag,
    summary: 'Add an action item: owner (account or name), due date, the plan part it changes',
    params: ZIncidentParams,
    body: ZCreateActionItemRequest,
    responses: { 201: ZActionItem, ...changeAnswers },
    handler: async ({ ctx, params, body }) => addActionItem(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/action-items',
    access: 'viewer',
    tag,
    summary: 'The improvement backlog: action items of every incident you can see, filtered, overdue first',
    query: ZBacklogQuery,
    responses: { 200: ZBacklog, 400: ZProblem, 401: ZProblem },
    handler: async ({ ctx, query }) => listBacklog(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/action-items/:itemId',
    access: 'viewer',
    tag,
    summary: 'One action item',
    params: ZActionItemParams,
    responses: { 200: ZActionItem, ...readAnswers },
    handler: async ({ ctx, params }) => getActionItem(ctx, params.itemId),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/action-items/:itemId',
    access: 'responder',
    tag,
    summary: 'Change an open action item (also after its incident closed)',
    params: ZActionItemParams,
    body: ZUpdateActionItemRequest,
    responses: { 200: ZActionItem, ...changeAnswers },
    handler: async ({ ctx, params, body }) => updateItem(ctx, params.itemId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/action-items/:itemId/close',
    access: 'responder',
    tag,
    summary:
      'Close an action item: done (with the plan version that made a plan change) or dropped with a reason',
    params: ZActionItemParams,
    body: ZCloseActionItemRequest,
    responses: { 200: ZActionItem, ...changeAnswers },
    handler: async ({ ctx, params, body }) => closeActionItem(ctx, params.itemId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/action-items/:itemId/reopen',
    access: 'responder',
    tag,
    summary: 'Reopen a done or dropped action item',
    params: ZActionItemParams,
    responses: { 200: ZActionItem, ...changeAnswers },
    handler: async ({ ctx, params }) => reopenActionItem(ctx, params.itemId),
  }),
];
