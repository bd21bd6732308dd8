// Prometheus Alertmanager's webhook payload (version 4), and how each of its alerts becomes a report.
// https://prometheus.io/docs/alerting/latest/configuration/#webhook_config
import { z } from 'zod';
import {
  ZAlertList,
  ZAlertState,
  ZAnnotations,
  ZFingerprint,
  ZLabels,
  ZRfc3339,
  ZText,
  ZUrl,
} from './fields.js';
import { alertFromLabels } from './from-labels.js';
import type { NormalisedAlert } from './normalised.js';

// Loose objects: a later Alertmanager may add fields, and refusing its alerts for that would lose them.
export const ZAlertmanagerAlert = z.looseObject({
  status: ZAlertState,
  labels: ZLabels,
  annotations: ZAnnotations,
  startsAt: ZRfc3339,
  endsAt: ZRfc3339.optional(),
  generatorURL: ZUrl,
  fingerprint: ZFingerprint,
});

export const ZAlertmanagerPayload = z
  .looseObject({
    version: z.literal('4', { error: 'field.alertmanager_version' }),
    groupKey: ZText(10_000).optional(),
    truncatedAlerts: z.number({ error: 'field.number' }).int().min(0).optional(),
    status: ZAlertState,
    receiver: ZText(1_000).optional(),
    groupLabels: ZLabels,
    commonLabels: ZLabels,
    commonAnnotations: ZAnnotations,
    externalURL: ZUrl,
    alerts: ZAlertList(ZAlertmanagerAlert),
  })
  .describe("Prometheus Alertmanager's webhook payload, version 4, as Alertmanager sends it");

export type AlertmanagerPayload = z.output<typeof ZAlertmanagerPayload>;

export function normaliseAlertmanager(p: AlertmanagerPayload): NormalisedAlert[] {
  const group = {
    receiver: p.receiver ?? null,
    groupKey: p.groupKey ?? null,
    externalURL: p.externalURL ?? null,
  };
  return p.alerts.map((alert) =>
    alertFromLabels({
      state: alert.status,
      labels: alert.labels,
      annotations: alert.annotations,
      startsAt: alert.startsAt,
      fingerprint: alert.fingerprint,
      links: { generatorURL: alert.generatorURL },
      extra: [],
      payload: { alert, group },
    }),
  );
}
