// Shared field schemas. Messages that are catalogue keys ("field.*") are translated by the error mapper.
import { z } from 'zod';
import { accessLevels } from '../access.js';

export const languages = ['nl', 'en'] as const;
export const ZLanguage = z.enum(languages, { error: 'field.language' });
export type Language = z.infer<typeof ZLanguage>;

export const ZAccessLevel = z.enum(accessLevels, { error: 'field.access_level' });

export const ZEmail = z
  .string({ error: 'field.required' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'field.too_long' })
  .pipe(z.email({ error: 'field.email' }));

export const ZPersonName = z
  .string({ error: 'field.required' })
  .trim()
  .min(1, { error: 'field.required' })
  .max(120, { error: 'field.too_long' });

export const PASSWORD_MIN = 10;
export const ZNewPassword = z
  .string({ error: 'field.required' })
  .min(PASSWORD_MIN, { error: 'field.password_short' })
  .max(200, { error: 'field.too_long' });

export const ZId = z.string().min(1).max(100);
export const ZTimestamp = z.string().describe('ISO 8601 date-time, UTC');
