// Dutch words of the incidents area (errors, emails). Keys match incidents-en.ts; merged in index.ts.
import type { incidentsEn } from './incidents-en.js';

export const incidentsNl: Record<keyof typeof incidentsEn, string> = {
  'incident.unknown_scenario': "'{id}' is geen scenario in het responsplan.",
  'incident.unknown_severity': "'{id}' is geen ernstniveau in het responsplan.",
  'incident.unknown_service': "'{id}' is geen dienst in het responsplan.",
  'incident.unknown_role': "'{id}' is geen rol in het responsplan.",
  'incident.unknown_account': 'Er is geen actief account met deze id.',
  'incident.report_not_new': 'Melding {id} bestaat niet of is al afgehandeld.',
  'incident.awareness_reason':
    'Geef aan waarom het moment van ontdekking verandert: daar beginnen de wettelijke termijnen.',
  'incident.role_holder':
    'Kies een account, of geef een naam (met e-mail of telefoon) voor iemand zonder account.',
  'incident.exercise_mark': 'OEFENING',
  'mail.incident.subject': '{mark}{reference} gestart: u bent {roles}',
  'mail.incident.body':
    '{declarer} heeft incident {reference} "{title}" gestart ({severity}, scenario {scenario}). Volgens het responsplan bent u {roles}. Open het incident voor uw taken en de laatste feiten.',
  'mail.incident.action': 'Open het incident',
  'incident.awareness_future': 'Het moment van ontdekking kan niet in de toekomst liggen.',
  'incident.phone_format': 'Dit is geen telefoonnummer; gebruik cijfers, spaties en eventueel een + vooraan.',
  'incident.task_phase': 'Kies detection, containment, recovery of evaluation.',
  'incident.service_state': 'Kies operational, degraded, down, recovering of restored.',
  'incident.eta_confidence': 'Kies low, medium of high.',
  'incident.pin_a_pin':
    'Vastzetten of losmaken zet u zelf niet vast; zet de gebeurtenis vast waar het om gaat.',
  'what.task': 'taak',
  'what.member': 'teamlid',
  'what.event': 'tijdlijngebeurtenis',
};
