// Grafana alerting's webhook payload (the contact point of type webhook), and how each alert becomes a report.
// https://grafana.com/docs/grafana/latest/alerting/configure-notifications/manage-contact-points/integrations/webhook-notifier/
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

// Loose objects: Grafana adds fields now and then (imageURL came later), and those must not cost an alert.
export const ZGrafanaAlert = z.looseObject({
  status: ZAlertState,
  labels: ZLabels,
  annotations: ZAnnotations,
  startsAt: ZRfc3339,
  endsAt: ZRfc3339.optional(),
  values: z.record(z.string(), z.unknown(), { error: 'field.object' }).nullable().optional(),
  valueString: ZText(10_000).optional(),
  generatorURL: ZUrl,
  fingerprint: ZFingerprint,
  silenceURL: ZUrl,
  dashboardURL: ZUrl,
  panelURL: ZUrl,
  imageURL: ZUrl,
});

export const ZGrafanaPayload = z
  .looseObject({
    receiver: ZText(1_000).optional(),
    status: ZAlertState,
    orgId: z.number({ error: 'field.number' }).int().optional(),
    alerts: ZAlertList(ZGrafanaAlert),
    groupLabels: ZLabels,
    commonLabels: ZLabels,
    commonAnnotations: ZAnnotations,
    externalURL: ZUrl,
    version: z.literal('1', { error: 'field.grafana_version' }),
    groupKey: ZText(10_000).optional(),
    truncatedAlerts: z.number({ error: 'field.number' }).int().min(0).optional(),
    title: ZText(10_000).optional(),
    state: ZText(100).optional(),
    message: ZText(100_000).optional(),
  })
  .describe("Grafana alerting's webhook payload (version 1), as a webhook contact point sends it");

export type GrafanaPayload = z.output<typeof ZGrafanaPayload>;

export function normaliseGrafana(p: GrafanaPayload): NormalisedAlert[] {
  const group = {
    receiver: p.receiver ?? null,
    groupKey: p.groupKey ?? null,
    externalURL: p.externalURL ?? null,
    orgId: p.orgId ?? null,
  };
  return p.alerts.map((alert) =>
    alertFromLabels({
      state: alert.status,
      labels: alert.labels,
      annotations: alert.annotations,
      startsAt: alert.startsAt,
      fingerprint: alert.fingerprint,
      links: {
        dashboardURL: alert.dashboardURL,
        panelURL: alert.panelURL,
        generatorURL: alert.generatorURL,
      },
      extra: alert.valueString ? [alert.valueString] : [],
      payload: { alert, group },
    }),
  );
}
