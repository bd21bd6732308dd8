// Contact checks: an admin starts one, the team reads the result, each person acknowledges from their email.
import {
  ZContactAckInfo,
  ZContactAckRequest,
  ZContactAckResult,
  ZContactCheck,
} from '../../core/api/plan.js';
import { z } from 'zod';
import { startContactCheck } from '../../app/contact-check/start-contact-check.js';
import { getLatestContactCheck } from '../../app/contact-check/get-latest-contact-check.js';
import { acknowledgeContact, getContactAck } from '../../app/contact-check/acknowledge-contact.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

export const contactCheckRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/contact-checks',
    access: 'admin',
    tag: 'plan',
    summary: 'Send every person in the plan a test email with a link to acknowledge it',
    responses: { 201: ZContactCheck, 401: ZProblem, 403: ZProblem, 404: ZProblem },
    handler: async ({ ctx }) => startContactCheck(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/contact-checks/latest',
    access: 'responder',
    tag: 'plan',
    summary: 'The latest contact check: who acknowledged, how fast, who did not',
    responses: { 200: ZContactCheck, 401: ZProblem, 403: ZProblem, 404: ZProblem },
    handler: async ({ ctx }) => getLatestContactCheck(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/contact-checks/ack/:token',
    access: 'public',
    tag: 'plan',
    summary: 'Whom an acknowledgement link is for (opening it acknowledges nothing)',
    params: z.object({ token: z.string().min(1).max(200) }),
    responses: { 200: ZContactAckInfo, 404: ZProblem, 429: ZProblem },
    handler: async ({ ctx, params }) => getContactAck(ctx, params.token),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/contact-checks/ack',
    access: 'public',
    tag: 'plan',
    summary: 'Acknowledge a contact check message',
    body: ZContactAckRequest,
    responses: { 200: ZContactAckResult, 400: ZProblem, 404: ZProblem, 429: ZProblem },
    handler: async ({ ctx, body }) => acknowledgeContact(ctx, body.token),
  }),
];
