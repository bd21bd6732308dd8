// Nederlandse woorden van de wettelijke termijnen: de namen van de plichten, weigeringen, de sluitvoorwaarde en
// de herinneringsmail. Sleutels gelijk aan obligations-en.ts; samengevoegd in index.ts.
import type { obligationsEn } from './obligations-en.js';

export const obligationsNl: Record<keyof typeof obligationsEn, string> = {
  'what.obligation': 'wettelijke plicht',
  'legal.kind.gdpr_register': 'Registratie in het datalekregister (AVG art. 33 lid 5)',
  'legal.kind.gdpr_authority': 'Melding aan de Autoriteit Persoonsgegevens (AVG art. 33)',
  'legal.kind.gdpr_follow_up': 'Aanvulling op de melding (AVG art. 33 lid 4)',
  'legal.follow_up_needs_submission':
    'Een aanvulling hoort bij een melding die al is gedaan: leg eerst vast dat de melding is ingediend.',
  'legal.kind.gdpr_data_subjects': 'Betrokkenen informeren (AVG art. 34)',
  'legal.kind.nis2_early_warning': 'NIS2 vroegtijdige waarschuwing aan het CSIRT (24 uur)',
  'legal.kind.nis2_notification': 'NIS2 incidentmelding (72 uur)',
  'legal.kind.nis2_final': 'NIS2 eindrapport (een maand)',
  'legal.kind.dora_initial': 'DORA eerste melding',
  'legal.kind.dora_intermediate': 'DORA tussentijds rapport',
  'legal.kind.dora_final': 'DORA eindrapport',
  'legal.decision.not_required': 'Niet nodig: {duty}',
  'legal.no_risk_reasoning':
    'De beoordeling concludeert dat het datalek waarschijnlijk geen risico oplevert voor de rechten en vrijheden van mensen.',
  'legal.max_below_min': 'Het maximale aantal betrokkenen is lager dan het minimale.',
  'legal.classified_at_needed':
    'Een ernstig incident heeft het moment nodig waarop het als ernstig is aangemerkt: daar begint de DORA-termijn.',
  'legal.classified_in_future': 'Het moment van aanmerken kan niet in de toekomst liggen.',
  'legal.moment_change_needs_reason':
    'Het verplaatsen van het moment van aanmerken verschuift de DORA-termijnen: geef de reden van de wijziging.',
  'legal.not_open': 'Deze plicht is al ingediend of als niet nodig vastgelegd.',
  'legal.submitted_in_future': 'Het moment van indienen kan niet in de toekomst liggen.',
  'legal.frozen': 'Deze melding is ingediend: het verzonden document kan niet meer veranderen.',
  'legal.unknown_field': "'{key}' is geen veld van deze melding.",
  'legal.no_draft': 'Bij deze plicht hoort geen melding om in te vullen.',
  'legal.close_open_obligations':
    'Er staan nog {count} wettelijke plichten open: dien ze in of leg vast waarom ze niet nodig zijn voordat u afsluit.',
  'mail.obligation.subject': '{mark}{reference}: {duty} uiterlijk {due}',
  'mail.obligation.body':
    '{share}% van de tijd voor "{duty}" bij incident {reference} "{title}" is verstreken. De termijn loopt af op {due}. Open het incident om het concept af te maken en de indiening vast te leggen, of leg vast waarom het niet nodig is.',
  'mail.obligation.overdue_subject': '{mark}{reference}: {duty} is te laat',
  'mail.obligation.overdue_body':
    'De termijn voor "{duty}" bij incident {reference} "{title}" is verstreken op {due}. Meld zo snel mogelijk en geef de redenen voor de vertraging, of leg vast waarom het niet nodig is.',
  'mail.obligation.action': 'Open de wettelijke termijnen',
};
