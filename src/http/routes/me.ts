// The caller's own account: who am I, my name and language, my password.
import { ZAccount, ZChangePasswordRequest, ZUpdateMeRequest } from '../../core/api/accounts.js';
import { getAccount } from '../../store/repos/accounts.js';
import { presentAccount } from '../../app/accounts/present.js';
import { updateOwnAccount } from '../../app/accounts/update-own-account.js';
import { changePassword } from '../../app/accounts/change-password.js';
import { notFound } from '../../core/errors.js';
import { defineRoute } from '../route.js';
import { SESSION_COOKIE } from '../auth.js';
import { ZProblem } from './problem-schema.js';

export const meRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/me',
    access: 'viewer',
    tag: 'me',
    summary: 'The account of the caller',
    responses: { 200: ZAccount, 401: ZProblem },
    handler: async ({ ctx }) => {
      const row = await getAccount(ctx.store.db, ctx.actor!.id);
      if (!row) throw notFound('account');
      return presentAccount(row);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/me',
    access: 'viewer',
    tag: 'me',
    summary: 'Change your own name or language',
    body: ZUpdateMeRequest,
    responses: { 200: ZAccount, 400: ZProblem, 401: ZProblem },
    handler: async ({ ctx, body }) => updateOwnAccount(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/password',
    access: 'viewer',
    tag: 'me',
    summary: 'Change your own password; your other sessions end',
    body: ZChangePasswordRequest,
    responses: { 204: null, 400: ZProblem, 401: ZProblem },
    tokens: false,
    handler: async ({ ctx, body, req }) => changePassword(ctx, body, req.cookies[SESSION_COOKIE]),
  }),
];
