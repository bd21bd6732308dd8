// English words of the incidents area (errors, emails). Keys match incidents-nl.ts; merged in index.ts.
export const incidentsEn = {
  'incident.unknown_scenario': "'{id}' is not a scenario in the response plan.",
  'incident.unknown_severity': "'{id}' is not a severity in the response plan.",
  'incident.unknown_service': "'{id}' is not a service in the response plan.",
  'incident.unknown_role': "'{id}' is not a role in the response plan.",
  'incident.unknown_account': 'There is no active account with this id.',
  'incident.report_not_new': 'Report {id} does not exist or was already handled.',
  'incident.awareness_reason': 'Say why the awareness time changes: the legal clocks start there.',
  'incident.role_holder': 'Give an account, or a name (with email or phone) for someone without an account.',
  'incident.exercise_mark': 'EXERCISE',
  'mail.incident.subject': '{mark}{reference} declared: you are {roles}',
  'mail.incident.body':
    '{declarer} declared incident {reference} "{title}" ({severity}, scenario {scenario}). According to the response plan you are {roles}. Open the incident to see your tasks and the latest facts.',
  'mail.incident.action': 'Open the incident',
} as const;
