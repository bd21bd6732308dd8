// Request and response schemas for setup, login, the own account and account administration.
import { z } from 'zod';
import { ZAccessLevel, ZEmail, ZLanguage, ZNewPassword, ZPersonName, ZTimestamp } from './common.js';

export const ZAccount = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    language: ZLanguage,
    access_level: ZAccessLevel,
    active: z.boolean(),
    invitation_pending: z.boolean(),
    created_at: ZTimestamp,
    deactivated_at: ZTimestamp.nullable(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof ZAccount>;

export const ZAccountList = z.object({ items: z.array(ZAccount) });

export const ZSetupRequest = z.object({
  organisation_name: z
    .string({ error: 'field.required' })
    .trim()
    .min(1, { error: 'field.required' })
    .max(200, { error: 'field.too_long' }),
  language: ZLanguage,
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
});

export const ZLoginRequest = z.object({
  email: z.string({ error: 'field.required' }).trim().toLowerCase().min(1, { error: 'field.required' }).max(254),
  password: z.string({ error: 'field.required' }).min(1, { error: 'field.required' }).max(200),
});

export const ZUpdateMeRequest = z
  .object({ name: ZPersonName.optional(), language: ZLanguage.optional() })
  .strict();

export const ZChangePasswordRequest = z.object({
  current_password: z.string({ error: 'field.required' }).min(1, { error: 'field.required' }).max(200),
  new_password: ZNewPassword,
});

export const ZCreateAccountRequest = z.object({
  email: ZEmail,
  name: ZPersonName,
  language: ZLanguage,
  access_level: ZAccessLevel,
});

export const ZUpdateAccountRequest = z
  .object({
    name: ZPersonName.optional(),
    language: ZLanguage.optional(),
    access_level: ZAccessLevel.optional(),
    active: z.boolean({ error: 'field.boolean' }).optional(),
  })
  .strict();

export const ZPasswordResetRequest = z.object({ email: ZEmail });

export const ZAccountTokenInfo = z.object({
  purpose: z.enum(['invitation', 'password_reset']),
  email: z.string(),
  name: z.string(),
  language: ZLanguage,
});

export const ZCompleteAccountTokenRequest = z.object({
  token: z.string({ error: 'field.required' }).min(10, { error: 'field.token' }).max(200),
  password: ZNewPassword,
});
