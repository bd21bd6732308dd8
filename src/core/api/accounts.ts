// Request and response schemas for setup, login, the own account and account administration.
import { z } from 'zod';
import { ZAccessLevel, ZEmail, ZLanguage, ZNewPassword, ZPersonName, ZTimestamp } from './common.js';

export const ZAccount = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  language: ZLanguage,
  access_level: ZAccessLevel,
  active: z.boolean(),
  invitation_pending: z.boolean(),
  created_at: ZTimestamp,
  deactivated_at: ZTimestamp.nullable(),
});
export type Account = z.infer<typeof ZAccount>;

export const ZAccountList = z.object({ items: z.array(ZAccount) });

export const ZSetupRequest = z.strictObject({
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

export const ZLoginRequest = z.strictObject({
  email: z
    .string({ error: 'field.required' })
    .trim()
    .toLowerCase()
    .min(1, { error: 'field.required' })
    .max(254),
  password: z.string({ error: 'field.required' }).min(1, { error: 'field.required' }).max(200),
});

export const ZUpdateMeRequest = z.strictObject({
  name: ZPersonName.optional(),
  language: ZLanguage.optional(),
});

export const ZChangePasswordRequest = z.strictObject({
  current_password: z.string({ error: 'field.required' }).min(1, { error: 'field.required' }).max(200),
  new_password: ZNewPassword,
});

export const ZCreateAccountRequest = z.strictObject({
  email: ZEmail,
  name: ZPersonName,
  language: ZLanguage,
  access_level: ZAccessLevel,
});

export const ZUpdateAccountRequest = z.strictObject({
  name: ZPersonName.optional(),
  language: ZLanguage.optional(),
  access_level: ZAccessLevel.optional(),
  active: z.boolean({ error: 'field.boolean' }).optional(),
});

export const ZPasswordResetRequest = z.strictObject({ email: ZEmail });

export const ZAccountTokenInfo = z.object({
  purpose: z.enum(['invitation', 'password_reset']),
  email: z.string(),
  name: z.string(),
  language: ZLanguage,
});

export const ZCompleteAccountTokenRequest = z.strictObject({
  token: z.string({ error: 'field.required' }).min(10, { error: 'field.token' }).max(200),
  password: ZNewPassword,
});

export const ZDirectory = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});
