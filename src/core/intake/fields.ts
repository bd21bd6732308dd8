// Field schemas the alert payloads share. Messages are catalogue keys, so a 400 names the field in the caller's words.
import { z } from 'zod';
import { alertStates } from './sources.js';

export const ALERTS_MAX = 1000;

// A missing field and a field of the wrong type are different mistakes; say which.
const textError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'field.required' : 'field.text';

export const ZText = (max: number) => z.string({ error: textError }).max(max, { error: 'field.too_long' });

/** Label and annotation maps. Go sends an empty map as null, so null is as good as {}. */
export const ZStringMap = (valueMax: number) =>
  z
    .record(ZText(200), ZText(valueMax), { error: 'field.string_map' })
    .nullable()
    .optional()
    .transform((m) => m ?? {});

export const ZLabels = ZStringMap(2_000);
export const ZAnnotations = ZStringMap(10_000);

export const ZAlertState = z.enum(alertStates, { error: 'field.alert_state' });

export const ZRfc3339 = z.iso.datetime({ offset: true, error: 'field.datetime' });

export const ZUrl = ZText(8_000).optional();

export const ZFingerprint = z
  .string({ error: textError })
  .max(200, { error: 'field.too_long' })
  .regex(/^[\x21-\x7e]*$/, { error: 'field.fingerprint' })
  .optional();

export const ZAlertList = <T extends z.ZodType>(alert: T) =>
  z
    .array(alert, { error: 'field.alerts' })
    .min(1, { error: 'field.alerts' })
    .max(ALERTS_MAX, { error: 'field.too_many' });
