// Dutch words of the messages area (message mail, the internal and press pages). Keys match messages-en.ts;
// merged in index.ts.
import type { messagesEn } from './messages-en.js';

export const messagesNl: Record<keyof typeof messagesEn, string> = {
  // message mail and public pages
  'mail.message.exercise_banner':
    'OEFENING: dit bericht hoort bij een oefening. Het gaat niet over een echt incident.',
  'mail.message.correction': 'Dit bericht corrigeert ons bericht van {date}.',
  'mail.message.links': 'Meer informatie',
  'mail.message.footer': 'Verzonden door {org}. Kenmerk: {reference}.',
};
