// The people an incident's audience is emailed besides the plan's: uploaded as CSV (the people affected by a
// breach), checked, emptied. Personal data: responders only.
import { ZRecipientList, ZRecipientsParams, ZUploadRecipientsRequest } from '../../core/api/messages.js';
import { emptyRecipients } from '../../app/messages/empty-recipients.js';
import { getRecipients } from '../../app/messages/get-recipients.js';
import { uploadRecipients } from '../../app/messages/upload-recipients.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

const tag = 'communication';
const url = '/api/v1/incidents/:id/audiences/:audienceId/recipients';
const answers = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };

export const recipientRoutes = [
  defineRoute({
    method: 'GET',
    url,
    access: 'responder',
    tag,
    summary: "The people uploaded for this incident's audience: counts per language and the first 200",
    params: ZRecipientsParams,
    responses: { 200: ZRecipientList, ...answers },
    handler: async ({ ctx, params }) => getRecipients(ctx, params.id, params.audienceId),
  }),
  defineRoute({
    method: 'POST',
    url,
    access: 'responder',
    tag,
    summary: 'Upload people as CSV (email, name, language): every bad line reported, nothing half imported',
    params: ZRecipientsParams,
    body: ZUploadRecipientsRequest,
    // Fifty thousand addresses with names fit in 10 MB.
    bodyLimit: 10 * 1024 * 1024,
    responses: { 200: ZRecipientList, ...answers },
    handler: async ({ ctx, params, body }) => uploadRecipients(ctx, params.id, params.audienceId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url,
    access: 'responder',
    tag,
    summary: "Empty the uploaded list (the plan's own recipients stay)",
    params: ZRecipientsParams,
    responses: { 200: ZRecipientList, ...answers },
    handler: async ({ ctx, params }) => emptyRecipients(ctx, params.id, params.audienceId),
  }),
];
