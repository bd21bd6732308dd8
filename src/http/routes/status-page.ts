// The public status page's administration: its settings, component groups and components, a component's status
// changed directly, and scheduled maintenance (routes listed in src/core/api/status-page.ts).
import { z } from 'zod';
import {
  ZCancelMaintenanceRequest,
  ZComponentGroup,
  ZComponentsOverview,
  ZCreateComponentRequest,
  ZCreateGroupRequest,
  ZCreateMaintenanceRequest,
  ZMaintenance,
  ZMaintenanceList,
  ZSetComponentStatusRequest,
  ZStatusComponent,
  ZStatusSettings,
  ZUpdateComponentRequest,
  ZUpdateGroupRequest,
  ZUpdateMaintenanceRequest,
  ZUpdateStatusSettingsRequest,
} from '../../core/api/status-page.js';
import { cancelMaintenance } from '../../app/status-page/cancel-maintenance.js';
import { createStatusComponent } from '../../app/status-page/create-component.js';
import { createStatusGroup } from '../../app/status-page/create-group.js';
import { createMaintenance } from '../../app/status-page/create-maintenance.js';
import { deleteStatusComponent } from '../../app/status-page/delete-component.js';
import { deleteStatusGroup } from '../../app/status-page/delete-group.js';
import { getStatusSettings } from '../../app/status-page/get-settings.js';
import { listStatusComponents } from '../../app/status-page/list-components.js';
import { listStatusMaintenances } from '../../app/status-page/list-maintenances.js';
import { setComponentStatus } from '../../app/status-page/set-component-status.js';
import { updateStatusComponent } from '../../app/status-page/update-component.js';
import { updateStatusGroup } from '../../app/status-page/update-group.js';
import { updateStatusMaintenance } from '../../app/status-page/update-maintenance.js';
import { updateStatusSettings } from '../../app/status-page/update-settings.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

const tag = 'status page';
const base = '/api/v1/status-page';
const readAnswers = { 401: ZProblem, 403: ZProblem };
// A change: bad input 400, not logged in 401, not allowed 403, unknown 404, over or cancelled 409.
const changeAnswers = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const id = z.string().min(1).max(100);
const ZGroupParams = z.object({ groupId: id });
const ZComponentParams = z.object({ componentId: id });
const ZMaintenanceParams = z.object({ maintenanceId: id });

export const statusPageRoutes = [
  defineRoute({
    method: 'GET',
    url: `${base}/settings`,
    access: 'viewer',
    tag,
    summary: "The status page's title, logo, accent colour, time zone and footer links",
    responses: { 200: ZStatusSettings, ...readAnswers },
    handler: async ({ ctx }) => getStatusSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/settings`,
    access: 'admin',
    tag,
    summary: "Change the status page's settings (the accent colour must reach 4.5:1 on white)",
    body: ZUpdateStatusSettingsRequest,
    responses: { 200: ZStatusSettings, ...changeAnswers },
    handler: async ({ ctx, body }) => updateStatusSettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/components`,
    access: 'viewer',
    tag,
    summary: 'Component groups and components, in display order',
    responses: { 200: ZComponentsOverview, ...readAnswers },
    handler: async ({ ctx }) => listStatusComponents(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/groups`,
    access: 'admin',
    tag,
    summary: 'Add a component group',
    body: ZCreateGroupRequest,
    responses: { 201: ZComponentGroup, ...changeAnswers },
    handler: async ({ ctx, body }) => createStatusGroup(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/groups/:groupId`,
    access: 'admin',
    tag,
    summary: 'Rename or move a component group',
    params: ZGroupParams,
    body: ZUpdateGroupRequest,
    responses: { 200: ZComponentGroup, ...changeAnswers },
    handler: async ({ ctx, params, body }) => updateStatusGroup(ctx, params.groupId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${base}/groups/:groupId`,
    access: 'admin',
    tag,
    summary: 'Delete a component group; its components stay, ungrouped',
    params: ZGroupParams,
    responses: { 204: null, ...changeAnswers },
    handler: async ({ ctx, params }) => deleteStatusGroup(ctx, params.groupId),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/components`,
    access: 'admin',
    tag,
    summary: 'Add a component',
    body: ZCreateComponentRequest,
    responses: { 201: ZStatusComponent, ...changeAnswers },
    handler: async ({ ctx, body }) => createStatusComponent(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/components/:componentId`,
    access: 'admin',
    tag,
    summary: "Change a component's name, description, group or position",
    params: ZComponentParams,
    body: ZUpdateComponentRequest,
    responses: { 200: ZStatusComponent, ...changeAnswers },
    handler: async ({ ctx, params, body }) => updateStatusComponent(ctx, params.componentId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${base}/components/:componentId`,
    access: 'admin',
    tag,
    summary: 'Take a component off the page (its history is kept)',
    params: ZComponentParams,
    responses: { 204: null, ...changeAnswers },
    handler: async ({ ctx, params }) => deleteStatusComponent(ctx, params.componentId),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/components/:componentId/status`,
    access: 'responder',
    tag,
    summary: "Change a component's status directly, with the reason on the timeline",
    params: ZComponentParams,
    body: ZSetComponentStatusRequest,
    responses: { 200: ZStatusComponent, ...changeAnswers },
    handler: async ({ ctx, params, body }) => setComponentStatus(ctx, params.componentId, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/maintenances`,
    access: 'viewer',
    tag,
    summary: 'Scheduled maintenance: upcoming, in progress, and of the last 90 days',
    responses: { 200: ZMaintenanceList, ...readAnswers },
    handler: async ({ ctx }) => listStatusMaintenances(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/maintenances`,
    access: 'responder',
    tag,
    summary: 'Schedule maintenance (subscribers are told)',
    body: ZCreateMaintenanceRequest,
    responses: { 201: ZMaintenance, ...changeAnswers },
    handler: async ({ ctx, body }) => createMaintenance(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/maintenances/:maintenanceId`,
    access: 'responder',
    tag,
    summary: 'Change a maintenance that has not ended',
    params: ZMaintenanceParams,
    body: ZUpdateMaintenanceRequest,
    responses: { 200: ZMaintenance, ...changeAnswers },
    handler: async ({ ctx, params, body }) => updateStatusMaintenance(ctx, params.maintenanceId, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/maintenances/:maintenanceId/cancel`,
    access: 'responder',
    tag,
    summary: 'Call off a maintenance (subscribers are told)',
    params: ZMaintenanceParams,
    body: ZCancelMaintenanceRequest,
    responses: { 200: ZMaintenance, ...changeAnswers },
    handler: async ({ ctx, params, body }) => cancelMaintenance(ctx, params.maintenanceId, body),
  }),
];
