// Nederlandse woorden van communicatie: berichtregels en weigeringen, sjabloonwaarden, de herinnering bij een
// te laat bericht. Sleutels gelijk aan communication-en.ts; samengevoegd in index.ts.
import type { communicationEn } from './communication-en.js';

export const communicationNl: Record<keyof typeof communicationEn, string> = {
  'what.message': 'bericht',
  'message.no_language': 'Schrijf het bericht in ten minste één taal.',
  'message.no_channel': 'Kies ten minste één kanaal.',
  'message.unknown_audience': "'{id}' is geen doelgroep in het responsplan van dit incident.",
  'message.stale':
    'Iemand anders heeft dit bericht intussen gewijzigd (het is nu versie {revision}). Laad het opnieuw en breng uw wijziging nogmaals aan.',
  'message.language_twice': 'Er zijn twee teksten voor taal "{language}".',
  'message.language_not_for_audience':
    'Deze doelgroep krijgt geen berichten in taal "{language}": zie de talen in het plan.',
  'message.channel_not_for_audience':
    "Het kanaal '{channel}' hoort niet bij de kanalen van deze doelgroep in het plan.",
  'message.no_template':
    'Het scenario heeft geen sjabloon van het soort {kind} voor {audience}. Schrijf het bericht zelf of voeg een sjabloon toe aan het plan.',
  'message.placeholder_left':
    '[[{name}]] in de tekst voor "{language}" is nog niet ingevuld. Vervang het door de feiten (of haal het weg) voordat u het ter goedkeuring aanbiedt.',
  'message.only_author_submits': 'Alleen wie dit bericht schreef, kan het ter goedkeuring aanbieden.',
  'message.not_in_review': 'Alleen een bericht dat op goedkeuring wacht, kan worden goedgekeurd.',
  'message.self_approval':
    'U schreef dit bericht zelf en kunt het dus niet goedkeuren: uw aanbieding telt al voor uw eigen rol.',
  'message.already_signed': 'U hebt dit bericht al goedgekeurd; één persoon keurt één rol goed.',
  'message.role_not_in_chain': 'Deze rol staat niet in de goedkeuringsketen van de doelgroep.',
  'message.role_already_signed': 'Deze rol heeft het bericht al goedgekeurd.',
  'message.not_role_holder': 'U vervult deze rol niet in dit incident of in het plan.',
  'message.not_approver':
    'U vervult geen van de rollen in de goedkeuringsketen van deze doelgroep die nog moeten goedkeuren.',
  'message.self_reject': 'U schreef dit bericht zelf: pas het aan in plaats van het af te keuren.',
  'message.published_final':
    'Een gepubliceerd bericht verandert nooit. Wilt u iets rechtzetten, schrijf dan een correctie: die verwijst naar dit bericht.',
  'message.cannot_edit': 'Dit bericht kan nu niet worden gewijzigd.',
  'message.cannot_submit': 'Alleen een concept kan ter goedkeuring worden aangeboden.',
  'message.cannot_approve': 'Alleen een bericht dat op goedkeuring wacht, kan worden goedgekeurd.',
  'message.cannot_reject':
    'Alleen een bericht dat op goedkeuring wacht of is goedgekeurd, kan worden afgekeurd.',
  'message.cannot_publish': 'Alleen een goedgekeurd bericht kan worden gepubliceerd.',
  'message.cannot_correct': 'Alleen een gepubliceerd bericht kan worden gecorrigeerd.',
  'message.already_corrected': 'Dit bericht heeft al een correctie; corrigeer zo nodig die.',
  'message.eta_at': 'We verwachten dit uiterlijk {at} ({confidence}).',
  'message.confidence.low': 'een ruwe schatting',
  'message.confidence.medium': 'een redelijke schatting',
  'message.confidence.high': 'we zijn er vrij zeker van',
  'message.personal_data.yes': 'Er zijn persoonsgegevens bij betrokken.',
  'message.personal_data.no': 'Voor zover we nu weten, zijn er geen persoonsgegevens bij betrokken.',
  'message.personal_data.unknown': 'We zoeken nog uit of er persoonsgegevens bij betrokken zijn.',
  'mail.overdue.subject': '{mark}{reference}: het bericht voor {audience} is te laat',
  'mail.overdue.body':
    'Het volgende bericht voor {audience} over incident {reference} "{title}" had {minutes} minuten geleden uit moeten gaan. Ook als er weinig nieuws is, zeg dat: "we werken er nog aan, volgende update om ..." houdt het vertrouwen vast. Open het incident om het bericht vanuit een sjabloon te schrijven.',
  'mail.overdue.action': 'Schrijf het bericht',
  'message.recipients.unclosed_quote':
    'Regel {line}: hier opent een aanhalingsteken (") dat nergens wordt gesloten.',
  'message.recipients.no_email_column':
    'Regel 1 moet de kolommen noemen, met ten minste "email" (en eventueel "naam" en "taal").',
  'message.recipients.empty': 'Het bestand heeft een kopregel maar geen mensen.',
  'message.recipients.too_many':
    'Het bestand bevat {count} mensen; er kunnen er ten hoogste {max} tegelijk worden geladen.',
  'message.recipients.email_missing': 'Regel {line}: het e-mailadres is leeg.',
  'message.recipients.email_invalid': 'Regel {line}: "{value}" is geen e-mailadres.',
  'message.recipients.name_too_long': 'Regel {line}: de naam is langer dan 120 tekens.',
  'message.recipients.language_invalid': 'Regel {line}: taal "{value}" is geen nl of en.',
  'message.recipients.no_email_channel':
    'Deze doelgroep wordt niet per e-mail bereikt, dus er valt niemand voor te laden.',
  'what.recipient_list': 'lijst met mensen',
};
