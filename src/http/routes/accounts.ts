// Account administration: list, invite, change, deactivate, resend an invitation.
import { z } from 'zod';
import {
  ZAccount,
  ZAccountList,
  ZCreateAccountRequest,
  ZDirectory,
  ZUpdateAccountRequest,
} from '../../core/api/accounts.js';
import { listDirectory } from '../../app/accounts/list-directory.js';
import { listAccounts } from '../../app/accounts/list-accounts.js';
import { createAccount } from '../../app/accounts/create-account.js';
import { updateAccountByAdmin } from '../../app/accounts/update-account.js';
import { resendInvitation } from '../../app/accounts/resend-invitation.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

const ZIdParams = z.object({ id: z.string().min(1).max(100) });

export const accountRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/accounts/directory',
    access: 'responder',
    tag: 'accounts',
    summary: 'Active accounts (name and email), to give a role or task to during an incident',
    responses: { 200: ZDirectory, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx }) => listDirectory(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/accounts',
    access: 'admin',
    tag: 'accounts',
    summary: 'Every account, active or deactivated',
    responses: { 200: ZAccountList, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx }) => listAccounts(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/accounts',
    access: 'admin',
    tag: 'accounts',
    summary: 'Create an account; the person gets an invitation email to choose a password',
    body: ZCreateAccountRequest,
    responses: { 201: ZAccount, 400: ZProblem, 401: ZProblem, 403: ZProblem, 409: ZProblem },
    handler: async ({ ctx, body }) => createAccount(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/accounts/:id',
    access: 'admin',
    tag: 'accounts',
    summary: 'Change an account; active=false deactivates it (its sessions and tokens stop at once)',
    params: ZIdParams,
    body: ZUpdateAccountRequest,
    responses: { 200: ZAccount, 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem },
    handler: async ({ ctx, params, body }) => updateAccountByAdmin(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/accounts/:id/invitation',
    access: 'admin',
    tag: 'accounts',
    summary: 'Send a new invitation (or, for an account with a password, a reset link)',
    params: ZIdParams,
    responses: { 202: null, 401: ZProblem, 403: ZProblem, 404: ZProblem },
    handler: async ({ ctx, params }) => resendInvitation(ctx, params.id),
  }),
];
