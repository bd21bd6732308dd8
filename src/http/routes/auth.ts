// Login, logout, and the one-time links for invitations and password resets.
import { z } from 'zod';
import {
  ZAccount,
  ZAccountTokenInfo,
  ZCompleteAccountTokenRequest,
  ZLoginRequest,
  ZPasswordResetRequest,
} from '../../core/api/accounts.js';
import { login } from '../../app/auth/login.js';
import { logout } from '../../app/auth/logout.js';
import { requestPasswordReset } from '../../app/accounts/request-password-reset.js';
import { getAccountLink } from '../../app/accounts/get-account-link.js';
import { completeAccountLink } from '../../app/accounts/complete-account-link.js';
import { defineRoute } from '../route.js';
import { SESSION_COOKIE, clearSessionCookies, setSessionCookies } from '../auth.js';
import { ZProblem } from './problem-schema.js';

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/login',
    access: 'public',
    tag: 'auth',
    summary: 'Log in with email and password; sets the session and CSRF cookies',
    body: ZLoginRequest,
    responses: { 200: ZAccount, 400: ZProblem, 401: ZProblem, 429: ZProblem },
    tokens: false,
    handler: async ({ ctx, body, req, reply }) => {
      const { account, session } = await login(ctx, body);
      setSessionCookies(ctx, req, reply, session);
      return account;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/logout',
    access: 'viewer',
    tag: 'auth',
    summary: 'End the current session',
    responses: { 204: null, 401: ZProblem },
    tokens: false,
    handler: async ({ ctx, req, reply }) => {
      await logout(ctx, req.cookies[SESSION_COOKIE]);
      clearSessionCookies(ctx, req, reply);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    access: 'public',
    tag: 'auth',
    summary: 'Send a password reset link (the answer is the same whether the account exists or not)',
    body: ZPasswordResetRequest,
    responses: { 202: null, 400: ZProblem, 429: ZProblem },
    handler: async ({ ctx, body }) => requestPasswordReset(ctx, body.email),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/auth/account-token/:token',
    access: 'public',
    tag: 'auth',
    summary: 'Whom an invitation or reset link is for, while it is valid',
    params: z.object({ token: z.string().min(1).max(200) }),
    responses: { 200: ZAccountTokenInfo, 404: ZProblem, 429: ZProblem },
    handler: async ({ ctx, params }) => getAccountLink(ctx, params.token),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/account-token',
    access: 'public',
    tag: 'auth',
    summary: 'Choose a password with an invitation or reset link; logs in',
    body: ZCompleteAccountTokenRequest,
    responses: { 200: ZAccount, 400: ZProblem, 404: ZProblem, 429: ZProblem },
    tokens: false,
    handler: async ({ ctx, body, req, reply }) => {
      const { account, session } = await completeAccountLink(ctx, body);
      setSessionCookies(ctx, req, reply, session);
      return account;
    },
  }),
];
