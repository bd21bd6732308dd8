// The incident page's changes: details, awareness, roles, team, tasks, decisions, facts, services, ETA, notes, pins.
import {
  ZAddTaskRequest,
  ZAwarenessRequest,
  ZChangeTaskRequest,
  ZDecisionRequest,
  ZEtaRequest,
  ZEventParams,
  ZFactSheetList,
  ZFactSheetRequest,
  ZMemberParams,
  ZMemberRequest,
  ZNoteRequest,
  ZPinRequest,
  ZRoleHolderRequest,
  ZRoleParams,
  ZServiceParams,
  ZServiceStateRequest,
  ZTaskParams,
} from '../../core/api/incident-work.js';
import { ZIncidentDetail, ZIncidentParams, ZUpdateIncidentRequest } from '../../core/api/incidents.js';
import { addMember } from '../../app/incidents/work/add-member.js';
import { addNote } from '../../app/incidents/work/add-note.js';
import { addTask } from '../../app/incidents/work/add-task.js';
import { assignRole } from '../../app/incidents/work/assign-role.js';
import { changeAwareness } from '../../app/incidents/work/change-awareness.js';
import { changeTask } from '../../app/incidents/work/change-task.js';
import { editIncident } from '../../app/incidents/work/edit-incident.js';
import { listFactSheetVersions } from '../../app/incidents/work/list-fact-sheet-versions.js';
import { pinEvent } from '../../app/incidents/work/pin-event.js';
import { recordDecision } from '../../app/incidents/work/record-decision.js';
import { removeMember } from '../../app/incidents/work/remove-member.js';
import { setEta } from '../../app/incidents/work/set-eta.js';
import { setServiceState } from '../../app/incidents/work/set-service-state.js';
import { presentChanged } from '../../app/incidents/work/support.js';
import { updateFactSheet } from '../../app/incidents/work/update-fact-sheet.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

// Every change: bad input 400, not logged in 401, a viewer 403, unknown or need-to-know 404, closed 409.
const changeAnswers = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const ok = { 200: ZIncidentDetail, ...changeAnswers };
const created = { 201: ZIncidentDetail, ...changeAnswers };
const tag = 'incidents';

export const incidentWorkRoutes = [
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/incidents/:id',
    access: 'responder',
    tag,
    summary:
      'Change the title, severity (and with it the update cadences), need-to-know flag or personal data',
    params: ZIncidentParams,
    body: ZUpdateIncidentRequest,
    responses: ok,
    handler: async ({ ctx, params, body }) => presentChanged(ctx, await editIncident(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/awareness',
    access: 'responder',
    tag,
    summary: 'Move the awareness time (where the legal clocks start); a reason is required',
    params: ZIncidentParams,
    body: ZAwarenessRequest,
    responses: ok,
    handler: async ({ ctx, params, body }) =>
      presentChanged(ctx, await changeAwareness(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/incidents/:id/roles/:role_id',
    access: 'responder',
    tag,
    summary: 'Assign a role of the plan to an account or a person, or hand it over (recorded)',
    params: ZRoleParams,
    body: ZRoleHolderRequest,
    responses: ok,
    handler: async ({ ctx, params, body }) =>
      presentChanged(ctx, await assignRole(ctx, params.id, params.role_id, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/members',
    access: 'responder',
    tag,
    summary: "Add an account to the incident's team (who may see a restricted incident)",
    params: ZIncidentParams,
    body: ZMemberRequest,
    responses: ok,
    handler: async ({ ctx, params, body }) => presentChanged(ctx, await addMember(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/incidents/:id/members/:account_id',
    access: 'responder',
    tag,
    summary: "Take an account off the incident's team",
    params: ZMemberParams,
    responses: ok,
    handler: async ({ ctx, params }) =>
      presentChanged(ctx, await removeMember(ctx, params.id, params.account_id)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/tasks',
    access: 'responder',
    tag,
    summary: 'Add a task by hand to a phase, owned by a role and/or a person, with a due time',
    params: ZIncidentParams,
    body: ZAddTaskRequest,
    responses: created,
    handler: async ({ ctx, params, body }) => presentChanged(ctx, await addTask(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/incidents/:id/tasks/:task_id',
    access: 'responder',
    tag,
    summary: "Change a task's status (skipped needs a reason), title, owner or due time",
    params: ZTaskParams,
    body: ZChangeTaskRequest,
    responses: ok,
    handler: async ({ ctx, params, body }) =>
      presentChanged(ctx, await changeTask(ctx, params.id, params.task_id, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/decisions',
    access: 'responder',
    tag,
    summary: 'Record a decision: what, why, the alternatives and the business impact',
    params: ZIncidentParams,
    body: ZDecisionRequest,
    responses: created,
    handler: async ({ ctx, params, body }) => presentChanged(ctx, await recordDecision(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/incidents/:id/fact-sheet',
    access: 'responder',
    tag,
    summary: 'Save the fact sheet: each save is a new version, earlier versions stay as they were',
    params: ZIncidentParams,
    body: ZFactSheetRequest,
    responses: ok,
    handler: async ({ ctx, params, body }) =>
      presentChanged(ctx, await updateFactSheet(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/fact-sheet/versions',
    access: 'viewer',
    tag,
    summary: 'Every version of the fact sheet, newest first',
    params: ZIncidentParams,
    responses: { 200: ZFactSheetList, 401: ZProblem, 404: ZProblem },
    handler: async ({ ctx, params }) => listFactSheetVersions(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/incidents/:id/services/:service_id',
    access: 'responder',
    tag,
    summary: "Set the state of one of the plan's services in this incident",
    params: ZServiceParams,
    body: ZServiceStateRequest,
    responses: ok,
    handler: async ({ ctx, params, body }) =>
      presentChanged(ctx, await setServiceState(ctx, params.id, params.service_id, body)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/incidents/:id/eta',
    access: 'responder',
    tag,
    summary: 'Set the expected recovery time (or null: unknown) with its confidence; kept in the ETA history',
    params: ZIncidentParams,
    body: ZEtaRequest,
    responses: ok,
    handler: async ({ ctx, params, body }) => presentChanged(ctx, await setEta(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/notes',
    access: 'responder',
    tag,
    summary: 'Add a note to the timeline, pinned as a key moment if asked',
    params: ZIncidentParams,
    body: ZNoteRequest,
    responses: created,
    handler: async ({ ctx, params, body }) => presentChanged(ctx, await addNote(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/timeline/:event_id/pin',
    access: 'responder',
    tag,
    summary: 'Pin or unpin a timeline event as a key moment (recorded as an event itself)',
    params: ZEventParams,
    body: ZPinRequest,
    responses: { 204: null, ...changeAnswers },
    handler: async ({ ctx, params, body }) => {
      await pinEvent(ctx, params.id, params.event_id, body);
    },
  }),
];
