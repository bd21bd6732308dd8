// Communication: messages per audience (draft, edit, submit, approve, reject, publish, correct), their deliveries,
// the per-audience cadence overview, filled templates, overdue updates and the webhook signing secret.
import { z } from 'zod';
import {
  ZApproveMessageRequest,
  ZCommunication,
  ZDraftMessageRequest,
  ZEditMessageRequest,
  ZMessage,
  ZMessageDeliveryList,
  ZMessageDeliveryParams,
  ZMessageList,
  ZMessageParams,
  ZOverdueUpdates,
  ZRejectMessageRequest,
  ZRevisionRequest,
  ZTemplateFill,
  ZWebhookSecret,
} from '../../core/api/messages.js';
import { ZIncidentParams } from '../../core/api/incidents.js';
import { approveMessage } from '../../app/messages/approve-message.js';
import { correctMessage } from '../../app/messages/correct-message.js';
import { draftMessage } from '../../app/messages/draft-message.js';
import { editMessage } from '../../app/messages/edit-message.js';
import { fillTemplates } from '../../app/messages/fill-templates.js';
import { getCommunication } from '../../app/messages/get-communication.js';
import { getWebhookSecret } from '../../app/messages/get-webhook-secret.js';
import { getMessage, listMessages } from '../../app/messages/list-messages.js';
import { listOverdueUpdates } from '../../app/messages/list-overdue-updates.js';
import { listMessageDeliveries, retryMessageDelivery } from '../../app/messages/message-deliveries.js';
import { publishMessage } from '../../app/messages/publish-message.js';
import { rejectMessage } from '../../app/messages/reject-message.js';
import { submitMessage } from '../../app/messages/submit-message.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

const tag = 'communication';
const readAnswers = { 400: ZProblem, 401: ZProblem, 404: ZProblem };
// A change: bad input 400, not logged in 401, not allowed 403, unknown 404, wrong state or stale revision 409.
const changeAnswers = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const ZTemplateQuery = z.object({ audience_id: z.string().min(1).max(100).optional() });

/** A step in a message's life, answered with the message as it is afterwards. */
const step = <B extends z.ZodType>(
  verb: string,
  summary: string,
  body: B,
  run: (
    ctx: Parameters<typeof getMessage>[0],
    id: string,
    messageId: string,
    body: z.infer<B>,
  ) => Promise<void>,
) =>
  defineRoute({
    method: 'POST',
    url: `/api/v1/incidents/:id/messages/:messageId/${verb}`,
    access: 'responder',
    tag,
    summary,
    params: ZMessageParams,
    body,
    responses: { 200: ZMessage, ...changeAnswers },
    handler: async ({ ctx, params, body: input }) => {
      await run(ctx, params.id, params.messageId, input as z.infer<B>);
      return getMessage(ctx, params.id, params.messageId);
    },
  });

export const messageRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/communication',
    access: 'viewer',
    tag,
    summary: 'Per audience: last update, next one due, what waits for approval, templates; the plan jargon',
    params: ZIncidentParams,
    responses: { 200: ZCommunication, ...readAnswers },
    handler: async ({ ctx, params }) => getCommunication(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/templates',
    access: 'viewer',
    tag,
    summary:
      "The scenario's templates (for one audience, or all), filled from the incident and its fact sheet",
    params: ZIncidentParams,
    query: ZTemplateQuery,
    responses: { 200: ZTemplateFill, ...readAnswers },
    handler: async ({ ctx, params, query }) => fillTemplates(ctx, params.id, query.audience_id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/messages',
    access: 'viewer',
    tag,
    summary: "The incident's messages, newest first, with approvals and delivery counts",
    params: ZIncidentParams,
    responses: { 200: ZMessageList, ...readAnswers },
    handler: async ({ ctx, params }) => listMessages(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/messages',
    access: 'responder',
    tag,
    summary: "Start a message to an audience: from the scenario's template of a kind, or your own text",
    params: ZIncidentParams,
    body: ZDraftMessageRequest,
    responses: { 201: ZMessage, ...changeAnswers },
    handler: async ({ ctx, params, body }) =>
      getMessage(ctx, params.id, await draftMessage(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/messages/:messageId',
    access: 'viewer',
    tag,
    summary: 'One message with its texts, approvals and what you may do with it',
    params: ZMessageParams,
    responses: { 200: ZMessage, ...readAnswers },
    handler: async ({ ctx, params }) => getMessage(ctx, params.id, params.messageId),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/incidents/:id/messages/:messageId',
    access: 'responder',
    tag,
    summary: 'Change the text or channels; approvals given so far lapse and the message is a draft again',
    params: ZMessageParams,
    body: ZEditMessageRequest,
    responses: { 200: ZMessage, ...changeAnswers },
    handler: async ({ ctx, params, body }) => {
      await editMessage(ctx, params.id, params.messageId, body);
      return getMessage(ctx, params.id, params.messageId);
    },
  }),
  step('submit', 'Submit a draft for approval (the author only)', ZRevisionRequest, (ctx, id, m, b) =>
    submitMessage(ctx, id, m, b.revision),
  ),
  step(
    'approve',
    "Approve as one role of the audience's approval chain",
    ZApproveMessageRequest,
    (ctx, id, m, b) => approveMessage(ctx, id, m, b),
  ),
  step('reject', 'Send the message back to draft with a comment', ZRejectMessageRequest, (ctx, id, m, b) =>
    rejectMessage(ctx, id, m, b),
  ),
  step('publish', 'Publish an approved message over its channels', ZRevisionRequest, (ctx, id, m, b) =>
    publishMessage(ctx, id, m, b.revision),
  ),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/messages/:messageId/correct',
    access: 'responder',
    tag,
    summary: 'Start a correction of a published message: a new draft that points to it',
    params: ZMessageParams,
    responses: { 201: ZMessage, ...changeAnswers },
    handler: async ({ ctx, params }) =>
      getMessage(ctx, params.id, await correctMessage(ctx, params.id, params.messageId)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/messages/:messageId/deliveries',
    access: 'viewer',
    tag,
    summary: 'Every delivery of a published message with its attempts and last error',
    params: ZMessageParams,
    responses: { 200: ZMessageDeliveryList, ...readAnswers },
    handler: async ({ ctx, params }) => listMessageDeliveries(ctx, params.id, params.messageId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/messages/:messageId/deliveries/:deliveryId/retry',
    access: 'responder',
    tag,
    summary: 'Try a failed delivery of this message again',
    params: ZMessageDeliveryParams,
    responses: { 202: null, ...changeAnswers },
    handler: async ({ ctx, params }) =>
      retryMessageDelivery(ctx, params.id, params.messageId, params.deliveryId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/communication/overdue',
    access: 'viewer',
    tag,
    summary: 'Overdue updates across the open incidents you can see',
    responses: { 200: ZOverdueUpdates, 401: ZProblem },
    handler: async ({ ctx }) => listOverdueUpdates(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/settings/webhook-secret',
    access: 'admin',
    tag,
    summary: 'The Standard Webhooks signing secret that webhook receivers use to check signatures',
    responses: { 200: ZWebhookSecret, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx }) => getWebhookSecret(ctx),
  }),
];
