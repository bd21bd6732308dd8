// Incidents: list, declare, read, change phase, and the timeline (as pages, and live as Server-Sent Events).
import { z } from 'zod';
import {
  ZDeclareRequest,
  ZIncidentDetail,
  ZIncidentList,
  ZIncidentListQuery,
  ZIncidentParams,
  ZPhaseRequest,
  ZTimelineItem,
} from '../../core/api/incidents.js';
import { declareIncident } from '../../app/incidents/declare-incident.js';
import { getIncident } from '../../app/incidents/get-incident.js';
import { listIncidents } from '../../app/incidents/list-incidents.js';
import { changePhase } from '../../app/incidents/change-phase.js';
import { incidentTimeline } from '../../app/incidents/incident-timeline.js';
import { defineRoute } from '../route.js';
import { streamIncidentEvents } from '../incident-events.js';
import { ZProblem } from './problem-schema.js';

const denied = { 401: ZProblem, 403: ZProblem, 404: ZProblem };

export const incidentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents',
    access: 'viewer',
    tag: 'incidents',
    summary:
      'Incidents, open ones first; filters and search (restricted ones only for their team and admins)',
    query: ZIncidentListQuery,
    responses: { 200: ZIncidentList, 400: ZProblem, 401: ZProblem },
    handler: async ({ ctx, query }) =>
      listIncidents(ctx, {
        phase: query.phase,
        severity: query.severity,
        scenario: query.scenario,
        exercise: query.exercise === undefined ? undefined : query.exercise === 'true',
        open: query.open === undefined ? undefined : query.open === 'true',
        q: query.q?.trim() || undefined,
      }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents',
    access: 'responder',
    tag: 'incidents',
    summary: 'Declare an incident: the plan is activated (roles, tasks, audiences), role holders are emailed',
    body: ZDeclareRequest,
    responses: { 201: ZIncidentDetail, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, body }) => getIncident(ctx, await declareIncident(ctx, body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id',
    access: 'viewer',
    tag: 'incidents',
    summary:
      'One incident (by id or reference) with roles, tasks, decisions, facts, services, ETA and phases',
    params: ZIncidentParams,
    responses: { 200: ZIncidentDetail, ...denied },
    handler: async ({ ctx, params }) => getIncident(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/phase',
    access: 'responder',
    tag: 'incidents',
    summary: 'Move to another phase; back or skipping needs a reason; closing must pass every close guard',
    params: ZIncidentParams,
    body: ZPhaseRequest,
    responses: { 200: ZIncidentDetail, 400: ZProblem, ...denied, 409: ZProblem },
    handler: async ({ ctx, params, body }) => getIncident(ctx, await changePhase(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/timeline',
    access: 'viewer',
    tag: 'incidents',
    summary: "The incident's timeline, newest first; filter by types (comma-separated prefixes) or pinned",
    params: ZIncidentParams,
    query: z.object({
      types: z.string().max(500).optional(),
      pinned: z.enum(['true', 'false'], { error: 'field.boolean' }).optional(),
      before: z.coerce.number({ error: 'field.number' }).int().positive().optional(),
      limit: z.coerce.number({ error: 'field.number' }).int().min(1).max(200).default(100),
    }),
    responses: {
      200: z.object({ items: z.array(ZTimelineItem), next_before: z.number().int().nullable() }),
      400: ZProblem,
      ...denied,
    },
    handler: async ({ ctx, params, query }) =>
      incidentTimeline(ctx, params.id, {
        types: query.types
          ? query.types
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean)
          : undefined,
        pinned: query.pinned === 'true' ? true : undefined,
        before: query.before,
        limit: query.limit,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/events',
    access: 'viewer',
    tag: 'incidents',
    summary: 'Live timeline events as Server-Sent Events; reconnect with Last-Event-ID to resume',
    params: ZIncidentParams,
    produces: 'text/event-stream',
    responses: { 200: null, ...denied },
    handler: async ({ ctx, params, req, reply }) => streamIncidentEvents(ctx, params.id, req, reply),
  }),
];
