// Dutch words of the intake area (errors, emails). Keys match intake-en.ts; merged in index.ts.
import type { intakeEn } from './intake-en.js';

export const intakeNl: Record<keyof typeof intakeEn, string> = {
  'error.intake_token':
    'Dit verzoek heeft een geldig intake-token voor {source} nodig in de Authorization-header (Bearer). Het token ontbreekt, klopt niet, is ingetrokken of is voor een andere bron gemaakt.',
  'error.idempotency_mismatch':
    'Deze Idempotency-Key is eerder gebruikt met een andere inhoud. Gebruik een nieuwe sleutel voor een nieuw verzoek.',
  'error.report_handled':
    'Deze melding is al afgehandeld (incident verklaard, samengevoegd of terzijde gelegd); alleen een melding in de wachtrij kan terzijde gelegd of samengevoegd worden.',
  'error.report_rate_limited':
    'Er zijn van hieruit te veel meldingen verstuurd. Probeer het over {minutes} minuten opnieuw.',
  'what.report': 'melding',
  'what.report_form': 'meldformulier',
  'what.intake_token': 'intake-token',
  'field.string_map': 'Dit moet een object zijn met tekst als waarden.',
  'field.alert_state': 'Gebruik firing of resolved.',
  'field.fingerprint': 'Gebruik leesbare tekens zonder spaties.',
  'field.alerts': 'Stuur een lijst met ten minste één alert.',
  'field.too_many': 'Deze lijst is te lang.',
  'field.alertmanager_version': 'Stormbell leest versie "4" van de webhook-inhoud van Alertmanager.',
  'field.grafana_version': 'Stormbell leest versie "1" van de webhook-inhoud van Grafana-alerting.',
  'field.alert_source': 'Kies generic, alertmanager of grafana.',
  'field.report_status': 'Kies new, declared, merged of dismissed.',
  'field.idempotency_key': 'Gebruik 1 tot 255 leesbare ASCII-tekens.',
  'intake.when_text': 'Wanneer (in de woorden van de melder): {when}',
  'mail.report.subject': 'Nieuwe melding in triage: {title}',
  'mail.report.body':
    '{source} meldde: ‘{title}’{system}. Bekijk de melding in triage en besluit: een incident verklaren, samenvoegen met een open incident, of terzijde leggen met een reden.',
  'mail.reports.subject': '{count} nieuwe meldingen in triage',
  'mail.reports.body':
    'Er kwamen {count} nieuwe meldingen binnen van {sender}, de eerste: ‘{title}’. Bekijk ze in triage en besluit per melding: een incident verklaren, samenvoegen met een open incident, of terzijde leggen met een reden.',
  'mail.report.action': 'Open triage',
  'mail.report.system': ' (systeem: {system})',
  'mail.report.sender.employee': 'een medewerker',
  'mail.report.sender.generic': 'een monitoringsysteem',
  'mail.report.sender.alertmanager': 'Prometheus Alertmanager',
  'mail.report.sender.grafana': 'Grafana',
  'mail.report.source.employee': 'Een medewerker',
  'mail.report.source.generic': 'Een monitoringsysteem',
  'mail.report.source.alertmanager': 'Prometheus Alertmanager',
  'mail.report.source.grafana': 'Grafana',
};
