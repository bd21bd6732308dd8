// The app's first call (is Stormbell set up?) and the first-run setup itself.
import { ZAccount, ZSetupRequest } from '../../core/api/accounts.js';
import { ZSystemInfo } from '../../core/api/system.js';
import { getSystemInfo } from '../../app/system/get-system-info.js';
import { setupOrganisation } from '../../app/accounts/setup-organisation.js';
import { defineRoute } from '../route.js';
import { setSessionCookies } from '../auth.js';
import { ZProblem } from './problem-schema.js';

export const systemRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/system',
    access: 'public',
    tag: 'system',
    summary: 'Whether Stormbell is set up, the organisation, and whether mail is really sent',
    responses: { 200: ZSystemInfo },
    handler: async ({ ctx }) => getSystemInfo(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/setup',
    access: 'public',
    tag: 'system',
    summary: 'First run: create the organisation and its first admin (only while no admin exists); logs in',
    body: ZSetupRequest,
    responses: { 201: ZAccount, 400: ZProblem, 409: ZProblem },
    tokens: false,
    handler: async ({ ctx, body, req, reply }) => {
      const { account, session } = await setupOrganisation(ctx, body);
      if (session) setSessionCookies(ctx, req, reply, session);
      return account;
    },
  }),
];
