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
  'pages.read_in': 'Lees deze pagina in het Nederlands',
  'pages.skip': 'Naar de inhoud',
  'pages.shown_at': 'Pagina geladen op {time}. Laad haar opnieuw voor het laatste nieuws.',
  'pages.published': 'Gepubliceerd op {time}',
  'pages.reference': 'Kenmerk {reference}',
  'pages.only_in.nl': 'Alleen in het Nederlands beschikbaar.',
  'pages.only_in.en': 'Alleen in het Engels beschikbaar.',
  'pages.corrects': 'Dit corrigeert het bericht van {time}.',
  'pages.corrects_earlier': 'Dit corrigeert een eerder bericht.',
  'pages.corrected': 'Gecorrigeerd op {time}.',
  'pages.read_original': 'Lees het origineel',
  'pages.read_correction': 'Lees de correctie',
  'pages.phase.detection': 'We zoeken uit wat er is gebeurd.',
  'pages.phase.containment': 'We beperken de schade.',
  'pages.phase.recovery': 'We brengen systemen en werk weer op gang.',
  'pages.phase.evaluation': 'Het probleem is opgelost. We kijken terug op wat er gebeurde.',
  'pages.phase.closed': 'Dit incident is voorbij.',
  'pages.internal.title': 'Berichten voor medewerkers',
  'pages.internal.intro': 'Wat er speelt bij {org}, wat het voor u betekent en wat u kunt doen.',
  'pages.internal.none_title': 'Op dit moment geen incidenten',
  'pages.internal.none_body':
    'Alles werkt zoals gewoonlijk. Gebeurt er iets dat uw werk raakt, dan leest u het hier.',
  'pages.internal.status': 'Stand van zaken',
  'pages.internal.restricted': 'Vertrouwelijk: alleen het incidentteam ziet dit incident op deze pagina.',
  'pages.internal.next_update': 'Volgende bericht: {time}',
  'pages.internal.next_update_overdue':
    'Het volgende bericht werd verwacht op {time}. Het volgt zo snel mogelijk.',
  'pages.internal.do': 'Wat u kunt doen',
  'pages.internal.dont': 'Wat u niet mag doen',
  'pages.internal.updates': 'Laatste berichten',
  'pages.internal.no_updates': 'Er is nog geen bericht. Het crisisteam plaatst het hier.',
  'pages.press.title': 'Persberichten',
  'pages.press.intro': 'Officiële verklaringen van {org} over incidenten.',
  'pages.press.contact': 'Contact voor de pers',
  'pages.press.contact_intro': 'Journalisten kunnen contact opnemen met:',
  'pages.press.email': 'E-mail',
  'pages.press.phone': 'Telefoon',
  'pages.press.statements': 'Verklaringen',
  'pages.press.none': 'Op dit moment zijn er geen persberichten.',
  'pages.not_found.title': 'Pagina niet gevonden',
  'pages.not_found.body': 'Dit adres leidt niet naar een pagina. Controleer de link die u kreeg.',
  'pages.login_needed.title': 'Log in om deze pagina te lezen',
  'pages.login_needed.body':
    'Deze pagina is voor medewerkers. Log in, of open de link die uw organisatie met u deelde.',
  'pages.login': 'Inloggen',
  'what.page': 'pagina',
};
