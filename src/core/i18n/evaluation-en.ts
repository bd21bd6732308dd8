// English words of the evaluation: the review, action items and their reminders. Keys match evaluation-nl.ts;
// merged in index.ts.
export const evaluationEn = {
  'what.contribution': 'contribution',
  'what.action_item': 'action item',
  'evaluation.review_open':
    'The review has not been held yet. Mark it done, or skip it with a reason (a false alarm, say).',
  'evaluation.review_completed': 'The review is already done or skipped. Reopen it to change it.',
  'evaluation.review_not_completed': 'The review is still open; there is nothing to reopen.',
  'evaluation.review_not_yet':
    'The review starts once the incident is contained: move it to recovery or evaluation first.',
  'evaluation.done_needs_evaluation':
    'Mark the review done in the evaluation phase. Move the incident there first.',
  'evaluation.contribution_empty': 'Write what went well, what went wrong, or both.',
  'evaluation.not_author': 'Only the person who wrote this contribution (or an admin) can change it.',
  'evaluation.owner': 'Give the owner as one account or as a name, not both.',
  'evaluation.due_on_format': 'Use a date such as 2027-03-31.',
  'evaluation.item_closed': 'This action item is closed. Reopen it to change it.',
  'evaluation.item_not_closed': 'This action item is not closed; there is nothing to reopen.',
  'evaluation.plan_version_required': 'This item changes the plan: say which plan version made the change.',
  'evaluation.plan_version_unknown': 'There is no plan version {version}.',
  'evaluation.plan_version_old':
    'The incident ran on plan version {version}; the change must be in a later version.',
  'evaluation.drop_reason': 'Say why the item is dropped.',
  'mail.action_item.overdue_subject': '{mark}{reference}: action item "{item}" is overdue',
  'mail.action_item.overdue_body':
    'The action item "{item}" from incident {reference} "{title}" was due on {due} and is not done yet. Owner: {owner}. Finish it, give it a new date, or drop it with a reason.',
  'mail.action_item.action': 'Open the improvement backlog',
} as const;
