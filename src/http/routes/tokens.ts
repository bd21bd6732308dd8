// API tokens for the CLI and integrations: create (shown once), list, revoke.
import { z } from 'zod';
import { ZApiTokenList, ZCreateTokenRequest, ZCreatedToken } from '../../core/api/system.js';
import { createApiToken } from '../../app/tokens/create-api-token.js';
import { listApiTokens } from '../../app/tokens/list-api-tokens.js';
import { revokeApiToken } from '../../app/tokens/revoke-api-token.js';
import { defineRoute } from '../route.js';
import { ZProblem } from './problem-schema.js';

export const tokenRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/tokens',
    access: 'viewer',
    tag: 'tokens',
    summary: "Your API tokens; with all=true (admins) everyone's",
    query: z.object({ all: z.enum(['true', 'false'], { error: 'field.boolean' }).optional() }),
    responses: { 200: ZApiTokenList, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, query }) => listApiTokens(ctx, { all: query.all === 'true' }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/tokens',
    access: 'viewer',
    tag: 'tokens',
    summary: 'Create an API token for yourself; the token is in this answer only',
    body: ZCreateTokenRequest,
    responses: { 201: ZCreatedToken, 400: ZProblem, 401: ZProblem },
    tokens: false,
    handler: async ({ ctx, body }) => createApiToken(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/tokens/:id',
    access: 'viewer',
    tag: 'tokens',
    summary: 'Revoke an API token (your own; admins: any)',
    params: z.object({ id: z.string().min(1).max(100) }),
    responses: { 204: null, 401: ZProblem, 404: ZProblem, 409: ZProblem },
    handler: async ({ ctx, params }) => revokeApiToken(ctx, params.id),
  }),
];
