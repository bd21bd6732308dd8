// Real alert payloads, as their projects document them, for the intake tests. Each says where it comes from.

/**
 * Grafana's documentation, "Configure webhook notifications", section "JSON payload" (grafana/grafana,
 * docs/sources/alerting/configure-notifications/manage-contact-points/integrations/webhook-notifier.md): two
 * firing alerts, verbatim.
 */
export const grafanaDocsPayload = {
  receiver: 'My Super Webhook',
  status: 'firing',
  orgId: 1,
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
      annotations: {
        description: 'The system has high memory usage',
        runbook_url: 'https://myrunbook.com/runbook/1234',
        summary: 'This alert was triggered for zone us-1',
      },
      startsAt: '2021-10-12T09:51:03.157076+02:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://play.grafana.org/alerting/1afz29v7z/edit',
      fingerprint: 'c6eadffa33fcdf37',
      silenceURL:
        'https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers=alertname%3DT2%2Cteam%3Dblue%2Czone%3Dus-1',
      dashboardURL: '',
      panelURL: '',
      values: { B: 44.23943737541908, C: 1 },
    },
    {
      status: 'firing',
      labels: { alertname: 'High CPU usage', team: 'blue', zone: 'eu-1' },
      annotations: {
        description: 'The system has high CPU usage',
        runbook_url: 'https://myrunbook.com/runbook/1234',
        summary: 'This alert was triggered for zone eu-1',
      },
      startsAt: '2021-10-12T09:56:03.157076+02:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://play.grafana.org/alerting/d1rdpdv7k/edit',
      fingerprint: 'bc97ff14869b13e3',
      silenceURL:
        'https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers=alertname%3DT1%2Cteam%3Dblue%2Czone%3Deu-1',
      dashboardURL: '',
      panelURL: '',
      values: { B: 44.23943737541908, C: 1 },
    },
  ],
  groupLabels: {},
  commonLabels: { team: 'blue' },
  commonAnnotations: {},
  externalURL: 'https://play.grafana.org/',
  version: '1',
  groupKey: '{}:{}',
  truncatedAlerts: 0,
  title: '[FIRING:2]  (blue)',
  state: 'alerting',
  message:
    '**Firing**\n\nLabels:\n - alertname = T2\n - team = blue\n - zone = us-1\nAnnotations:\n - description = This is the alert rule checking the second system\n - runbook_url = https://myrunbook.com\n - summary = This is my summary\nSource: https://play.grafana.org/alerting/1afz29v7z/edit\nSilence: https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers=alertname%3DT2%2Cteam%3Dblue%2Czone%3Dus-1\n\nLabels:\n - alertname = T1\n - team = blue\n - zone = eu-1\nAnnotations:\nSource: https://play.grafana.org/alerting/d1rdpdv7k/edit\nSilence: https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers=alertname%3DT1%2Cteam%3Dblue%2Czone%3Deu-1\n',
};

/**
 * Alertmanager's documentation (prometheus.io/docs/alerting/latest/configuration/#webhook_config) gives the
 * version 4 format field by field but no filled-in example; this is one Alertmanager sent, published as the
 * sample of the alertmanager-webhook-types crate (assets/sample-v4-payload.json), verbatim: every field of the
 * documented format, a blackbox probe failing.
 */
export const alertmanagerPayload = {
  receiver: 'sms',
  status: 'firing',
  alerts: [
    {
      status: 'firing',
      labels: {
        alertname: 'ProbeFailure',
        instance: 'https://server.example.org',
        job: 'http_checks',
        monitor: 'master',
        severity: 'critical',
      },
      annotations: {
        description: 'Instance https://server.example.org has been down for over 5m. Job: http_checks',
        summary: 'BlackBox Probe Failure: https://server.example.org',
      },
      startsAt: '2023-02-06T13:08:45.828Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0\\u0026g0.tab=1',
      fingerprint: '1a30ba71cca2921f',
    },
  ],
  groupLabels: { alertname: 'ProbeFailure' },
  commonLabels: {
    alertname: 'ProbeFailure',
    instance: 'https://server.example.org',
    job: 'http_checks',
    monitor: 'master',
    severity: 'critical',
  },
  commonAnnotations: {
    description: 'Instance https://server.example.org has been down for over 5m. Job: http_checks',
    summary: 'BlackBox Probe Failure: https://server.example.org',
  },
  externalURL: 'http://prometheus.example.org:9093',
  version: '4',
  groupKey: '{}/{severity="critical"}:{alertname="ProbeFailure"}',
  truncatedAlerts: 0,
};

/** The same alert as Alertmanager sends it when it stops (send_resolved: true): status resolved, endsAt set. */
export function resolved<T extends { status: string; alerts: Array<{ status: string; endsAt: string }> }>(
  payload: T,
  endsAt = '2023-02-06T13:20:45.828Z',
): T {
  return {
    ...payload,
    status: 'resolved',
    alerts: payload.alerts.map((a) => ({ ...a, status: 'resolved', endsAt })),
  };
}

/**
 * An older Alertmanager's payload (before fingerprint and truncatedAlerts were added), posted to the Prometheus
 * community as "Alertmanager Webhook Payload Example"; commonAnnotations null as Go sends an empty map at times.
 */
export const olderAlertmanagerPayload = {
  receiver: 'webhook',
  status: 'firing',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'Test', dc: 'eu-west-1', instance: 'localhost:9090', job: 'prometheus24' },
      annotations: { description: 'some description' },
      startsAt: '2018-08-03T09:52:26.739266876+02:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://example.com:9090/graph?g0.expr=go_memstats_alloc_bytes+%3E+0\u0026g0.tab=1',
    },
  ],
  groupLabels: { alertname: 'Test', job: 'prometheus24' },
  commonLabels: { alertname: 'Test', dc: 'eu-west-1', instance: 'localhost:9090', job: 'prometheus24' },
  commonAnnotations: null,
  externalURL: 'http://example.com:9093',
  version: '4',
  groupKey: '{}:{alertname="Test", job="prometheus24"}',
};
