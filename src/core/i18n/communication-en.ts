// English words of communication: message rules and refusals, template values, the overdue-update reminder.
// Keys match communication-nl.ts; merged in index.ts.
export const communicationEn = {
  'what.message': 'message',
  'message.no_language': 'Write the message in at least one language.',
  'message.no_channel': 'Choose at least one channel.',
  'message.unknown_audience': "'{id}' is not an audience in the response plan of this incident.",
  'message.stale':
    'Someone else changed this message meanwhile (it is now at revision {revision}). Reload it and make your change again.',
  'message.language_twice': 'There are two texts for language "{language}".',
  'message.language_not_for_audience':
    'This audience is not addressed in language "{language}": see its languages in the plan.',
  'message.channel_not_for_audience':
    "The channel '{channel}' is not one of this audience's channels in the plan.",
  'message.no_template':
    'The scenario has no {kind} template for {audience}. Write the message yourself or add a template to the plan.',
  'message.placeholder_left':
    '[[{name}]] in the text for "{language}" is not filled in yet. Replace it with the facts (or remove it) before submitting.',
  'message.only_author_submits': 'Only the person who wrote this message can submit it for approval.',
  'message.not_in_review': 'Only a message that is waiting for approval can be approved.',
  'message.self_approval':
    'You wrote this message, so you cannot approve it: your submission already counts for your own role.',
  'message.already_signed': 'You have already approved this message; one person approves one role.',
  'message.role_not_in_chain': "This role is not in the audience's approval chain.",
  'message.role_already_signed': 'This role has already approved the message.',
  'message.not_role_holder': 'You do not hold this role in this incident or in the plan.',
  'message.not_approver':
    "You hold none of the roles in this audience's approval chain that still have to approve.",
  'message.self_reject': 'You wrote this message: change it instead of rejecting it.',
  'message.published_final':
    'A published message never changes. To put something right, write a correction: it points to this message.',
  'message.cannot_edit': 'This message cannot be changed now.',
  'message.cannot_submit': 'Only a draft can be submitted for approval.',
  'message.cannot_approve': 'Only a message that is waiting for approval can be approved.',
  'message.cannot_reject': 'Only a message waiting for approval or approved can be rejected.',
  'message.cannot_publish': 'Only an approved message can be published.',
  'message.cannot_correct': 'Only a published message can be corrected.',
  'message.already_corrected': 'This message already has a correction; correct that one if needed.',
  'message.eta_at': 'We expect this by {at} ({confidence}).',
  'message.confidence.low': 'a rough estimate',
  'message.confidence.medium': 'a fair estimate',
  'message.confidence.high': 'we are fairly sure',
  'message.personal_data.yes': 'Personal data are involved.',
  'message.personal_data.no': 'As far as we know now, no personal data are involved.',
  'message.personal_data.unknown': 'We are still investigating whether personal data are involved.',
  'mail.overdue.subject': '{mark}{reference}: the update for {audience} is overdue',
  'mail.overdue.body':
    'The next update for {audience} about incident {reference} "{title}" was due {minutes} minutes ago. Even when there is little news, say so: "we are still working on it, next update at ..." keeps trust. Open the incident to write it from a template.',
  'mail.overdue.action': 'Write the update',
  'message.recipients.unclosed_quote': 'Line {line}: a quote (") opens here and is never closed.',
  'message.recipients.no_email_column':
    'Line 1 must name the columns, with at least "email" (and optionally "name" and "language").',
  'message.recipients.empty': 'The file has a header but no people.',
  'message.recipients.too_many': 'The file has {count} people; at most {max} can be uploaded at once.',
  'message.recipients.email_missing': 'Line {line}: the email address is empty.',
  'message.recipients.email_invalid': 'Line {line}: "{value}" is not an email address.',
  'message.recipients.name_too_long': 'Line {line}: the name is longer than 120 characters.',
  'message.recipients.language_invalid': 'Line {line}: language "{value}" is not nl or en.',
  'message.recipients.no_email_channel':
    'This audience is not reached by email, so there is nobody to upload for it.',
  'what.recipient_list': 'list of people',
} as const;
