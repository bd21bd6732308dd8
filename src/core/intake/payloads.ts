// One place that knows, per alert source, which payload to expect and how to turn it into alerts.
import type { z } from 'zod';
import { ZAlertmanagerPayload, normaliseAlertmanager } from './alertmanager.js';
import { ZGenericAlert, normaliseGeneric } from './generic.js';
import { ZGrafanaPayload, normaliseGrafana } from './grafana.js';
import type { NormalisedAlert } from './normalised.js';
import type { AlertSource } from './sources.js';

export const alertPayloadSchemas = {
  generic: ZGenericAlert,
  alertmanager: ZAlertmanagerPayload,
  grafana: ZGrafanaPayload,
} as const satisfies Record<AlertSource, z.ZodType>;

export type AlertPayload<S extends AlertSource> = z.output<(typeof alertPayloadSchemas)[S]>;

export function normaliseAlerts(source: AlertSource, payload: unknown): NormalisedAlert[] {
  switch (source) {
    case 'generic':
      return normaliseGeneric(payload as AlertPayload<'generic'>);
    case 'alertmanager':
      return normaliseAlertmanager(payload as AlertPayload<'alertmanager'>);
    case 'grafana':
      return normaliseGrafana(payload as AlertPayload<'grafana'>);
  }
}
