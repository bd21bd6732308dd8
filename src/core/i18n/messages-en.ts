// English words of the messages area (message mail, the internal and press pages). Keys match messages-nl.ts;
// merged in index.ts.
export const messagesEn = {
  // message mail and public pages
  'mail.message.exercise_banner':
    'EXERCISE: this message is part of an exercise. It is not about a real incident.',
  'mail.message.correction': 'This message corrects our message of {date}.',
  'mail.message.links': 'More information',
  'mail.message.footer': 'Sent by {org}. Reference: {reference}.',
} as const;
