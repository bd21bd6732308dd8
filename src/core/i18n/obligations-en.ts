// English words of the legal clocks: the duties' names, refusals, the close guard and the reminder mail.
// Keys match obligations-nl.ts; merged in index.ts.
export const obligationsEn = {
  'what.obligation': 'legal duty',
  'legal.kind.gdpr_register': 'Entry in the breach register (GDPR art. 33(5))',
  'legal.kind.gdpr_authority': 'Notify the supervisory authority (GDPR art. 33)',
  'legal.kind.gdpr_follow_up': 'Follow-up to the notification (GDPR art. 33(4))',
  'legal.follow_up_needs_submission':
    'A follow-up adds to a notification already made: record the submission of the notification first.',
  'legal.kind.gdpr_data_subjects': 'Inform the people affected (GDPR art. 34)',
  'legal.kind.nis2_early_warning': 'NIS2 early warning to the CSIRT (24 hours)',
  'legal.kind.nis2_notification': 'NIS2 incident notification (72 hours)',
  'legal.kind.nis2_final': 'NIS2 final report (one month)',
  'legal.kind.dora_initial': 'DORA initial report',
  'legal.kind.dora_intermediate': 'DORA intermediate report',
  'legal.kind.dora_final': 'DORA final report',
  'legal.decision.not_required': 'Not required: {duty}',
  'legal.no_risk_reasoning':
    'The assessment concluded that the breach is unlikely to result in a risk to the rights and freedoms of people.',
  'legal.max_below_min': 'The maximum number of people is lower than the minimum.',
  'legal.classified_at_needed':
    'A major incident needs the moment it was classified as major: the DORA clock starts there.',
  'legal.classified_in_future': 'The classification time cannot lie in the future.',
  'legal.moment_change_needs_reason':
    'Moving the classification time moves the DORA deadlines: give the reason for the change.',
  'legal.not_open': 'This duty has already been submitted or decided not required.',
  'legal.submitted_in_future': 'The submission time cannot lie in the future.',
  'legal.frozen': 'This notification was submitted: the document as sent cannot change.',
  'legal.unknown_field': "'{key}' is not a field of this notification.",
  'legal.no_draft': 'This duty has no notification to fill in.',
  'legal.close_open_obligations':
    '{count} legal duties are still open: submit them or record why they are not required before closing.',
  'mail.obligation.subject': '{mark}{reference}: {duty} due {due}',
  'mail.obligation.body':
    '{share}% of the time for "{duty}" in incident {reference} "{title}" has passed. It is due {due}. Open the incident to finish the draft and record the submission, or record why it is not required.',
  'mail.obligation.overdue_subject': '{mark}{reference}: {duty} is overdue',
  'mail.obligation.overdue_body':
    'The deadline for "{duty}" in incident {reference} "{title}" passed at {due}. Notify as soon as you can and give the reasons for the delay, or record why it is not required.',
  'mail.obligation.action': 'Open the legal clocks',
} as const;
