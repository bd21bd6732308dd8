// The outbox and the built-in mail viewer, for admins.
import { z } from 'zod';
import { ZDeliveryList, ZDeliveryListQuery, ZMail, ZMailList } from '../../core/api/system.js';
import { listDeliveries } from '../../app/outbox/list-deliveries.js';
import { retryDelivery } from '../../app/outbox/retry-delivery.js';
import { listKeptMail, readKeptMail } from '../../app/outbox/read-mail.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

const ZIdParams = z.object({ id: z.string().min(1).max(100) });

export const outboxRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/deliveries',
    access: 'admin',
    tag: 'outbox',
    summary: 'Deliveries in the outbox, newest first, with attempts and last error',
    query: ZDeliveryListQuery,
    responses: { 200: ZDeliveryList, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, query }) => listDeliveries(ctx, query.status ? { status: query.status } : {}),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/deliveries/:id/retry',
    access: 'admin',
    tag: 'outbox',
    summary: 'Try a failed delivery again',
    params: ZIdParams,
    responses: { 202: null, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem },
    handler: async ({ ctx, params }) => retryDelivery(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mail',
    access: 'admin',
    tag: 'outbox',
    summary: 'Mail kept by the built-in mail viewer (when no SMTP server is configured)',
    responses: { 200: ZMailList, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx }) => listKeptMail(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mail/:id',
    access: 'admin',
    tag: 'outbox',
    summary: 'One kept mail with its text and HTML',
    params: ZIdParams,
    responses: { 200: ZMail, 401: ZProblem, 403: ZProblem, 404: ZProblem },
    handler: async ({ ctx, params }) => readKeptMail(ctx, params.id),
  }),
];
