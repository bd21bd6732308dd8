// Dutch words of plan validation: where a problem is, what it is, and the template variables. Keys match en.
import { yamlCheckNl } from '../yaml-check/words-nl.js';
import type { PlanMessageKey } from './catalogue-en.js';

export const planNl: Record<PlanMessageKey, string> = {
  // Gedeeld met elk YAML-document: de vorm van een waarde en wat de YAML-lezer niet kan lezen.
  ...yamlCheckNl,
  'loc.plan': 'plan',
  'loc.organisation': 'organisatie',
  'loc.regulatory': 'wettelijk profiel',
  'loc.gdpr': 'AVG',
  'loc.nis2': 'NIS2',
  'loc.dora': 'DORA',
  'loc.press_contact': 'perscontact',
  'loc.jargon': 'vaktaal',
  'noun.people': 'persoon',
  'noun.contacts': 'contact',
  'noun.roles': 'rol',
  'noun.severities': 'ernstniveau',
  'noun.services': 'dienst',
  'noun.audiences': 'doelgroep',
  'noun.scenarios': 'scenario',
  'noun.templates': 'sjabloon',
  'noun.phase': 'fase',
  'noun.task': 'taak',
  'noun.recipients': 'ontvanger',
  'noun.chat': 'chatkoppeling',
  'noun.webhooks': 'webhook',
  'noun.jargon': 'term',
  'term.supervisory_authority': 'toezichthouder',
  'term.csirt': 'CSIRT',
  'term.person': 'persoon',
  'term.contact': 'contact',
  'term.email': 'adres',

  'plan.empty': 'het plan is leeg',
  'plan.not_map':
    "het plan moet een groep velden zijn (sleutel: waarde), te beginnen met 'schema_version: 1'",
  id_format:
    "{name} '{value}' moet in lower_snake_case: kleine letters, cijfers en liggende streepjes, beginnend met een letter (zoals 'incident_commander')",
  phone_format:
    "{name} '{value}' is geen telefoonnummer; gebruik cijfers, spaties of streepjes, eventueel met een + ervoor (zoals +31 6 1234 5678)",
  email_format: "{name} '{value}' is geen geldig e-mailadres",
  url_format: "{name} '{value}' is geen webadres; schrijf het volledig, beginnend met https://",
  date_format: "{name} '{value}' is geen datum; schrijf die als JJJJ-MM-DD (zoals 2026-03-31)",

  standard_role_missing: "er is geen rol '{id}'; elk plan heeft de standaardrollen {roles} nodig",
  primary_not_person: "eerste persoon '{id}' is geen persoon in dit plan",
  deputy_not_person: "vervanger '{id}' is geen persoon in dit plan",
  deputy_is_primary: "'{id}' is de eerste persoon en kan dus niet ook vervanger zijn",
  approver_not_role: "goedkeuringsketen: '{id}' is geen rol in dit plan",
  approver_cannot_approve:
    "goedkeuringsketen: rol '{id}' mag de goedkeuring '{approval}' die deze doelgroep vraagt niet geven; voeg die toe aan may_approve van de rol",
  owner_not_role: "eigenaarsrol '{id}' is geen rol in dit plan",
  audience_not_audience: "doelgroep '{id}' is geen doelgroep in dit plan",
  cadence_not_audience: "updatefrequentie: '{id}' is geen doelgroep in dit plan",
  service_not_service: "dienst '{id}' is geen dienst in dit plan",
  template_audience_not_informed:
    "doelgroep '{id}' hoort niet bij de doelgroepen die dit scenario informeert; voeg die toe aan de doelgroepen van het scenario",
  template_language: "taal '{language}' is geen taal van doelgroep '{audience}' ({languages})",
  holding_missing:
    "er is geen holding statement (eerste bericht) voor doelgroep '{audience}' in taal '{language}'; voeg een sjabloon toe met kind 'holding'",
  variable_unknown: '{field} gebruikt {variable}, en dat is geen bekende variabele',
  variable_unknown_suggest:
    '{field} gebruikt {variable}, en dat is geen bekende variabele; bedoelt u {suggestion}?',
  variable_unclosed: "{field} heeft een '{open}' zonder afsluitende '{close}'",
  contact_unknown: "{what} '{id}' is geen contact in dit plan",
  contact_wrong_kind: "{what} '{id}' is een contact van soort '{kind}'; dat moet soort '{expected}' zijn",
  contact_unreachable: 'er is geen telefoonnummer en geen e-mailadres ingevuld; vul er minstens één in',
  csirt_required:
    "een NIS2-entiteit ('{entity}') moet haar CSIRT noemen: voeg 'csirt' toe met het id van een contact van soort 'csirt'",
  sector_required: "een NIS2-entiteit ('{entity}') moet haar 'sector' noemen",
  scenario_no_tasks: 'geen enkele fase heeft taken; voeg minstens één taak toe',

  recipient_none:
    "zeg wie dit is: een persoon uit het team ('person'), een contact ('contact') of een e-mailadres ('email')",
  recipient_several:
    "'{key}' kan niet samen met '{first}': een ontvanger is één persoon, contact of adres; voeg voor elk een aparte ontvanger toe",
  recipient_not_person: "persoon '{id}' is geen persoon in dit plan",
  recipient_not_contact: "contact '{id}' is geen contact in dit plan",
  recipient_contact_no_email:
    "contact '{id}' heeft geen e-mailadres; vul dat bij het contact in, of kies een andere ontvanger",
  recipient_name_needs_email:
    "'name' hoort alleen bij een e-mailadres ('email'); een persoon of contact heeft al een naam in het plan",
  recipient_language_needs_email:
    "'language' hoort alleen bij een e-mailadres ('email'); een persoon leest berichten in de eigen taal, een contact in de taal van het plan",
  recipient_language:
    "taal '{language}' is geen taal van deze doelgroep ({languages}), dus er wordt geen bericht in geschreven",
  recipient_duplicate: "{what} '{value}' is al ontvanger {n}",
  recipient_same_address:
    'dit is hetzelfde e-mailadres ({email}) als bij ontvanger {n}; dat adres zou elk bericht twee keer krijgen',
  list_unused:
    "{field} wordt niet gebruikt, want '{channel}' staat niet bij de kanalen van deze doelgroep; voeg het kanaal toe, of verwijder de lijst",
  url_duplicate: 'dezelfde URL als {what} {n}; elk bericht zou twee keer aankomen',
  jargon_duplicate: "'{term}' staat al in de lijst als term {n}",

  'yaml.multiple_docs': "het bestand bevat meer dan één document (een regel '---'); een plan is één document",

  'export.title': 'Stormbell-responsplan: {organisation}',
  'export.hint':
    'Controleer een wijziging met: stormbell plan validate BESTAND. De velden staan beschreven in docs/plan-schema.json.',

  'var.organisation.name': 'de naam van de organisatie',
  'var.incident.title': 'de titel van het incident',
  'var.incident.reference': 'het kenmerk van het incident, zoals INC-2026-0007',
  'var.incident.severity': 'de naam van het ernstniveau',
  'var.facts.summary': 'wat er is gebeurd, in een of twee gewone zinnen (feitenblad)',
  'var.facts.discovered_at': 'wanneer we het ontdekten (feitenblad)',
  'var.facts.impact': 'wat er getroffen is en wat dat voor de lezer betekent (feitenblad)',
  'var.facts.actions': 'wat we doen (feitenblad)',
  'var.facts.advice': 'wat de lezer wel en niet moet doen (feitenblad)',
  'var.facts.personal_data': 'om welke persoonsgegevens het gaat (feitenblad)',
  'var.eta': 'wanneer alles naar verwachting weer normaal is, en hoe zeker dat is',
  'var.next_update': 'wanneer de volgende update komt',
  'var.contact.name': 'wie vragen beantwoordt',
  'var.contact.email': 'waar vragen naartoe kunnen',
  'var.contact.phone': 'het telefoonnummer voor vragen',
  'var.status_page_url': 'het adres van de openbare statuspagina',
};
