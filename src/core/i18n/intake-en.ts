// English words of the intake area (errors, emails). Keys match intake-nl.ts; merged in index.ts.
export const intakeEn = {
  'error.intake_token':
    'This request needs a valid intake token for {source} in the Authorization header (Bearer). The token is missing, wrong, revoked, or made for another source.',
  'error.idempotency_mismatch':
    'This Idempotency-Key was used before with a different request body. Use a new key for a new request.',
  'error.report_handled':
    'This report has been handled already (declared, merged or dismissed); only a report in the queue can be dismissed or merged.',
  'error.report_rate_limited': 'Too many reports were sent from here. Try again in {minutes} minutes.',
  'what.report': 'report',
  'what.report_form': 'report form',
  'what.intake_token': 'intake token',
  'field.string_map': 'This must be an object whose values are text.',
  'field.alert_state': 'Use firing or resolved.',
  'field.fingerprint': 'Use printable characters without spaces.',
  'field.alerts': 'Send a list with at least one alert.',
  'field.too_many': 'This list is too long.',
  'field.alertmanager_version': 'Stormbell reads version "4" of the Alertmanager webhook payload.',
  'field.grafana_version': 'Stormbell reads version "1" of the Grafana alerting webhook payload.',
  'field.alert_source': 'Choose generic, alertmanager or grafana.',
  'field.report_status': 'Choose new, declared, merged or dismissed.',
  'field.idempotency_key': 'Use 1 to 255 printable ASCII characters.',
  'intake.when_text': 'When (in the reporter’s words): {when}',
  'mail.report.subject': 'New report in triage: {title}',
  'mail.report.body':
    '{source} reported: “{title}”{system}. Please look at it in triage and decide: declare an incident, merge it into an open incident, or dismiss it with a reason.',
  'mail.reports.subject': '{count} new reports in triage',
  'mail.reports.body':
    '{count} new reports arrived from {sender}, the first: “{title}”. Please look at them in triage and decide for each: declare an incident, merge it into an open incident, or dismiss it with a reason.',
  'mail.report.action': 'Open triage',
  'mail.report.system': ' (system: {system})',
  'mail.report.sender.employee': 'an employee',
  'mail.report.sender.generic': 'a monitoring system',
  'mail.report.sender.alertmanager': 'Prometheus Alertmanager',
  'mail.report.sender.grafana': 'Grafana',
  'mail.report.source.employee': 'An employee',
  'mail.report.source.generic': 'A monitoring system',
  'mail.report.source.alertmanager': 'Prometheus Alertmanager',
  'mail.report.source.grafana': 'Grafana',
} as const;
