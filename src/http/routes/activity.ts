// The organisation's own timeline (accounts, logins, tokens), for admins.
import { ZTimelinePage, ZTimelineQuery } from '../../core/api/system.js';
import { listActivity } from '../../app/audit/list-activity.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

export const activityRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/activity',
    access: 'admin',
    tag: 'activity',
    summary: "The organisation's timeline, newest first; page with before=<seq>",
    query: ZTimelineQuery,
    responses: { 200: ZTimelinePage, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, query }) =>
      listActivity(ctx, {
        limit: query.limit,
        ...(query.before !== undefined ? { before: query.before } : {}),
      }),
  }),
];
