// The status page's subscribers for admins: list with search and counts, add, delete, CSV import and export.
import { z } from 'zod';
import {
  ZCreateSubscriberRequest,
  ZImportSubscribersRequest,
  ZImportSubscribersResult,
  ZSubscriber,
  ZSubscriberList,
} from '../../core/api/status-page.js';
import { addStatusSubscriber } from '../../app/status-page/subscribers-add.js';
import { deleteStatusSubscriber } from '../../app/status-page/subscribers-delete.js';
import { exportStatusSubscribersCsv } from '../../app/status-page/subscribers-export.js';
import { importStatusSubscribers } from '../../app/status-page/subscribers-import.js';
import { ZSubscriberListQuery, listStatusSubscribers } from '../../app/status-page/subscribers-list.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

const tag = 'status-page';
const base = '/api/v1/status-page/subscribers';

export const statusSubscriberRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    access: 'admin',
    tag,
    summary: "The status page's subscribers (newest first, at most 500) with the counts per state",
    query: ZSubscriberListQuery,
    responses: { 200: ZSubscriberList, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, query }) => listStatusSubscribers(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    access: 'admin',
    tag,
    summary: 'Add a subscriber: a webhook is confirmed at once, an email address gets the opt-in mail',
    body: ZCreateSubscriberRequest,
    responses: { 201: ZSubscriber, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, body }) => addStatusSubscriber(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${base}/:subscriberId`,
    access: 'admin',
    tag,
    summary: 'Remove a subscriber',
    params: z.object({ subscriberId: z.string().min(1).max(100) }),
    responses: { 204: null, 401: ZProblem, 403: ZProblem, 404: ZProblem },
    handler: async ({ ctx, params }) => deleteStatusSubscriber(ctx, params.subscriberId),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/import`,
    access: 'admin',
    tag,
    summary: 'Import email subscribers from CSV; every bad line is reported and then nothing is imported',
    body: ZImportSubscribersRequest,
    // The contract allows 5,000,000 characters of CSV; in UTF-8 that can be more bytes.
    bodyLimit: 10 * 1024 * 1024,
    responses: { 200: ZImportSubscribersResult, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, body }) => importStatusSubscribers(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/status-page/subscribers.csv',
    access: 'admin',
    tag,
    summary: 'The email subscribers as CSV (email, language, components, state, created_at, confirmed_at)',
    produces: 'text/csv',
    responses: { 200: null, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, reply }) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="status-subscribers.csv"')
        .send(await exportStatusSubscribersCsv(ctx)),
  }),
];
