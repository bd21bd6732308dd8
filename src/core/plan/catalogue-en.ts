// English words of plan validation: where a problem is, what it is, and the template variables. Keys match nl.
import { yamlCheckEn } from '../yaml-check/words-en.js';

export const planEn = {
  // Shared with every YAML document: the shape of a value, and what the YAML parser cannot read.
  ...yamlCheckEn,
  // Where: the parts of a plan, named the way a reader of the YAML sees them.
  'loc.plan': 'plan',
  'loc.organisation': 'organisation',
  'loc.regulatory': 'regulatory profile',
  'loc.gdpr': 'GDPR',
  'loc.nis2': 'NIS2',
  'loc.dora': 'DORA',
  'loc.press_contact': 'press contact',
  'loc.jargon': 'jargon',
  'noun.people': 'person',
  'noun.contacts': 'contact',
  'noun.roles': 'role',
  'noun.severities': 'severity',
  'noun.services': 'service',
  'noun.audiences': 'audience',
  'noun.scenarios': 'scenario',
  'noun.templates': 'template',
  'noun.phase': 'phase',
  'noun.task': 'task',
  'noun.recipients': 'recipient',
  'noun.chat': 'chat webhook',
  'noun.webhooks': 'webhook',
  'noun.jargon': 'term',
  'term.supervisory_authority': 'supervisory authority',
  'term.csirt': 'CSIRT',
  'term.person': 'person',
  'term.contact': 'contact',
  'term.email': 'address',

  // What: the shape of the plan.
  'plan.empty': 'the plan is empty',
  'plan.not_map': "the plan must be a group of fields (key: value), starting with 'schema_version: 1'",
  id_format:
    "{name} '{value}' must be lower_snake_case: small letters, digits and underscores, starting with a letter (like 'incident_commander')",
  phone_format:
    "{name} '{value}' is not a phone number; use digits, spaces or dashes, with an optional + in front (like +31 6 1234 5678)",
  email_format: "{name} '{value}' is not a valid email address",
  url_format: "{name} '{value}' is not a web address; write it in full, starting with https://",
  date_format: "{name} '{value}' is not a date; write it as YYYY-MM-DD (like 2026-03-31)",

  // What: the plan's parts must fit together.
  standard_role_missing: "there is no role '{id}'; every plan needs the standard roles {roles}",
  primary_not_person: "primary person '{id}' is not a person in this plan",
  deputy_not_person: "deputy '{id}' is not a person in this plan",
  deputy_is_primary: "'{id}' is the primary person, so cannot also be a deputy",
  approver_not_role: "approval chain: '{id}' is not a role in this plan",
  approver_cannot_approve:
    "approval chain: role '{id}' may not give the approval '{approval}' this audience needs; add it to the role's may_approve",
  owner_not_role: "owner role '{id}' is not a role in this plan",
  audience_not_audience: "audience '{id}' is not an audience in this plan",
  cadence_not_audience: "cadence: '{id}' is not an audience in this plan",
  service_not_service: "service '{id}' is not a service in this plan",
  template_audience_not_informed:
    "audience '{id}' is not among the audiences this scenario informs; add it to the scenario's audiences",
  template_language:
    "language '{language}' is not one of the languages of audience '{audience}' ({languages})",
  holding_missing:
    "there is no holding statement for audience '{audience}' in language '{language}'; add a template with kind 'holding'",
  variable_unknown: '{field} uses {variable}, which is not a known variable',
  variable_unknown_suggest:
    '{field} uses {variable}, which is not a known variable; did you mean {suggestion}?',
  variable_unclosed: "{field} has a '{open}' without a closing '{close}'",
  contact_unknown: "{what} '{id}' is not a contact in this plan",
  contact_wrong_kind: "{what} '{id}' is a contact of kind '{kind}'; it must be of kind '{expected}'",
  contact_unreachable: 'neither a phone number nor an email address is given; add at least one',
  csirt_required:
    "a NIS2 entity ('{entity}') must name its CSIRT: add 'csirt' with the id of a contact of kind 'csirt'",
  sector_required: "a NIS2 entity ('{entity}') must name its 'sector'",
  scenario_no_tasks: 'there are no tasks in any phase; add at least one task',

  // What: who gets the messages of an audience, and the organisation's own jargon.
  recipient_none: "say who this is: a 'person' from the team, a 'contact', or an 'email' address",
  recipient_several:
    "'{key}' cannot go with '{first}': a recipient is one person, contact or address; add a separate recipient for each",
  recipient_not_person: "person '{id}' is not a person in this plan",
  recipient_not_contact: "contact '{id}' is not a contact in this plan",
  recipient_contact_no_email:
    "contact '{id}' has no email address; add one to the contact, or choose another recipient",
  recipient_name_needs_email:
    "'name' goes with an 'email' address only; a person or contact already has a name in the plan",
  recipient_language_needs_email:
    "'language' goes with an 'email' address only; a person reads messages in their own language, a contact in the plan's language",
  recipient_language:
    "language '{language}' is not one of this audience's languages ({languages}), so no message is written in it",
  recipient_duplicate: "{what} '{value}' is already recipient {n}",
  recipient_same_address:
    'this is the same email address ({email}) as recipient {n}; it would get every message twice',
  list_unused:
    "{field} is not used, because '{channel}' is not among this audience's channels; add the channel, or remove the list",
  url_duplicate: 'the same URL as {what} {n}; every message would arrive twice',
  jargon_duplicate: "'{term}' is already listed as term {n}",

  // What: the YAML text cannot be read (the other complaints are in yaml-check).
  'yaml.multiple_docs': "the file holds more than one document (a line '---'); a plan is one document",

  // The comment on top of an exported plan.
  'export.title': 'Stormbell response plan: {organisation}',
  'export.hint':
    'Check a change with: stormbell plan validate FILE. The fields are described in docs/plan-schema.json.',

  // The variables of message templates, for the template editor.
  'var.organisation.name': 'the name of the organisation',
  'var.incident.title': 'the title of the incident',
  'var.incident.reference': 'the reference of the incident, like INC-2026-0007',
  'var.incident.severity': 'the name of the severity',
  'var.facts.summary': 'what happened, in one or two plain sentences (fact sheet)',
  'var.facts.discovered_at': 'when we found out (fact sheet)',
  'var.facts.impact': 'what is affected and what it means for the reader (fact sheet)',
  'var.facts.actions': 'what we are doing (fact sheet)',
  'var.facts.advice': 'what the reader should and should not do (fact sheet)',
  'var.facts.personal_data': 'which personal data are involved (fact sheet)',
  'var.eta': 'when things are expected to be normal again, and how sure we are',
  'var.next_update': 'when the next update comes',
  'var.contact.name': 'who answers questions',
  'var.contact.email': 'where to send questions',
  'var.contact.phone': 'the phone number for questions',
  'var.status_page_url': 'the address of the public status page',
} as const;

export type PlanMessageKey = keyof typeof planEn;
