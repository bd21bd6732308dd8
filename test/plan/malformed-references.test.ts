// Malformed plans, part two: parts that do not fit together (unknown roles, people, audiences, contacts,
// duplicate ids, missing holding statements, unknown template variables).
import { describe, expect, it } from 'vitest';
import { edit, errorsOf, minimalYaml, type Found } from './support.js';

interface Case {
  name: string;
  text: string;
  lang?: 'en' | 'nl';
  errors: Found[];
}

const owner = (role: string) =>
  edit(['          owner: technical_lead\n          caution', `          owner: ${role}\n          caution`]);

const cases: Case[] = [
  {
    name: 'a task owner that is not a role',
    text: owner('ciso'),
    errors: [
      {
        line: 119,
        column: 18,
        message:
          "scenario 'ransomware', phase 'containment', task 1: owner role 'ciso' is not a role in this plan",
      },
    ],
  },
  {
    name: 'a task owner that is not a role, in Dutch',
    text: owner('ciso'),
    lang: 'nl',
    errors: [
      {
        line: 119,
        column: 18,
        message:
          "scenario 'ransomware', fase 'containment', taak 1: eigenaarsrol 'ciso' is geen rol in dit plan",
      },
    ],
  },
  {
    name: 'a deputy who is not a person in the plan',
    text: edit(['    deputies: [anna]', '    deputies: [anna, carol]']),
    errors: [{ line: 52, column: 22, message: "role 'legal': deputy 'carol' is not a person in this plan" }],
  },
  {
    name: 'a deputy who is not a person in the plan, in Dutch',
    text: edit(['    deputies: [anna]', '    deputies: [anna, carol]']),
    lang: 'nl',
    errors: [{ line: 52, column: 22, message: "rol 'legal': vervanger 'carol' is geen persoon in dit plan" }],
  },
  {
    name: 'a primary person who is not in the plan',
    text: edit([
      '    primary: bob\n    deputies: []\n    may_approve: [recovery_decisions]',
      '    primary: bobby\n    deputies: []\n    may_approve: [recovery_decisions]',
    ]),
    errors: [
      {
        line: 41,
        column: 14,
        message: "role 'technical_lead': primary person 'bobby' is not a person in this plan",
      },
    ],
  },
  {
    name: 'the primary person also listed as deputy',
    text: edit(['    deputies: [bob]', '    deputies: [anna]']),
    errors: [
      {
        line: 37,
        column: 16,
        message: "role 'incident_commander': 'anna' is the primary person, so cannot also be a deputy",
      },
    ],
  },
  {
    name: 'two people with the same id',
    text: edit(['  - id: bob\n', '  - id: anna\n'], ['    deputies: [bob]', '    deputies: []']),
    errors: [
      { line: 19, column: 9, message: "person 2: id 'anna' is already used by person 1" },
      {
        line: 41,
        column: 14,
        message: "role 'technical_lead': primary person 'bob' is not a person in this plan",
      },
      { line: 51, column: 14, message: "role 'legal': primary person 'bob' is not a person in this plan" },
      { line: 61, column: 14, message: "role 'hr': primary person 'bob' is not a person in this plan" },
      { line: 71, column: 14, message: "role 'scribe': primary person 'bob' is not a person in this plan" },
    ],
  },
  {
    name: 'two templates in a scenario with the same id',
    text: edit(['      - id: holding_customers_en', '      - id: holding_customers_nl']),
    errors: [
      {
        line: 148,
        column: 13,
        message: "scenario 'ransomware', template 3: id 'holding_customers_nl' is already used by template 2",
      },
    ],
  },
  {
    name: 'a plan without one of the standard roles',
    text: edit(
      ['  - id: scribe\n    name: Scribe\n    primary: bob\n    deputies: []\n    may_approve: []\n', ''],
      ['          owner: scribe\n', '          owner: incident_commander\n'],
    ),
    errors: [
      {
        line: 33,
        column: 1,
        message:
          "plan: there is no role 'scribe'; every plan needs the standard roles incident_commander, technical_lead, communications_lead, legal, privacy_officer, hr, management, scribe",
      },
    ],
  },
  {
    name: 'an approval chain with a role that does not exist',
    text: edit([
      '    approval_chain: [communications_lead, legal]',
      '    approval_chain: [communications_lead, ciso]',
    ]),
    errors: [
      {
        line: 101,
        column: 43,
        message: "audience 'customers': approval chain: 'ciso' is not a role in this plan",
      },
    ],
  },
  {
    name: 'an approval chain with a role that may not give that approval',
    text: edit([
      '    approval_chain: [communications_lead, legal]',
      '    approval_chain: [communications_lead, hr]',
    ]),
    errors: [
      {
        line: 101,
        column: 43,
        message:
          "audience 'customers': approval chain: role 'hr' may not give the approval 'external_messages' this audience needs; add it to the role's may_approve",
      },
    ],
  },
  {
    name: 'a severity cadence for an audience that does not exist',
    text: edit(['      customers: 60', '      customrs: 60']),
    errors: [
      {
        line: 81,
        column: 7,
        message: "severity 'sev1': cadence: 'customrs' is not an audience in this plan",
      },
    ],
  },
  {
    name: 'a severity cadence for an audience that does not exist, in Dutch',
    text: edit(['      customers: 60', '      customrs: 60']),
    lang: 'nl',
    errors: [
      {
        line: 81,
        column: 7,
        message: "ernstniveau 'sev1': updatefrequentie: 'customrs' is geen doelgroep in dit plan",
      },
    ],
  },
  {
    name: 'a scenario informing an audience that does not exist',
    text: edit(['    audiences: [employees, customers]', '    audiences: [employees, customers, press]']),
    errors: [
      {
        line: 110,
        column: 39,
        message: "scenario 'ransomware': audience 'press' is not an audience in this plan",
      },
    ],
  },
  {
    name: 'a scenario naming a service that does not exist',
    text: edit(['    services: [portal]', '    services: [portal, website]']),
    errors: [
      {
        line: 111,
        column: 24,
        message: "scenario 'ransomware': service 'website' is not a service in this plan",
      },
    ],
  },
  {
    name: 'a scenario without any task',
    text: edit([
      minimalYaml.slice(minimalYaml.indexOf('    phases:\n'), minimalYaml.indexOf('    templates:\n')),
      '    phases: { detection: [], containment: [], recovery: [], evaluation: [] }\n',
    ]),
    errors: [
      {
        line: 112,
        column: 5,
        message: "scenario 'ransomware': there are no tasks in any phase; add at least one task",
      },
    ],
  },
  {
    name: 'a missing holding statement',
    text: edit([
      '        language: en\n        kind: holding\n        subject: Disruption at',
      '        language: en\n        kind: update\n        subject: Disruption at',
    ]),
    errors: [
      {
        line: 131,
        column: 5,
        message:
          "scenario 'ransomware': there is no holding statement for audience 'customers' in language 'en'; add a template with kind 'holding'",
      },
    ],
  },
  {
    name: 'a missing holding statement, in Dutch',
    text: edit([
      '        language: en\n        kind: holding\n        subject: Disruption at',
      '        language: en\n        kind: update\n        subject: Disruption at',
    ]),
    lang: 'nl',
    errors: [
      {
        line: 131,
        column: 5,
        message:
          "scenario 'ransomware': er is geen holding statement (eerste bericht) voor doelgroep 'customers' in taal 'en'; voeg een sjabloon toe met kind 'holding'",
      },
    ],
  },
  {
    name: 'a template in a language its audience does not use',
    text: edit(['    languages: [en]', '    languages: [nl]']),
    errors: [
      {
        line: 131,
        column: 5,
        message:
          "scenario 'ransomware': there is no holding statement for audience 'employees' in language 'nl'; add a template with kind 'holding'",
      },
      {
        line: 134,
        column: 19,
        message:
          "scenario 'ransomware', template 'holding_employees_en': language 'en' is not one of the languages of audience 'employees' (nl)",
      },
    ],
  },
  {
    name: 'a template for an audience the scenario does not inform',
    text: edit(['    audiences: [employees, customers]', '    audiences: [customers]']),
    errors: [
      {
        line: 133,
        column: 19,
        message:
          "scenario 'ransomware', template 'holding_employees_en': audience 'employees' is not among the audiences this scenario informs; add it to the scenario's audiences",
      },
    ],
  },
  {
    name: 'a template for an audience that does not exist',
    text: edit(['        audience: employees', '        audience: staff']),
    errors: [
      {
        line: 131,
        column: 5,
        message:
          "scenario 'ransomware': there is no holding statement for audience 'employees' in language 'en'; add a template with kind 'holding'",
      },
      {
        line: 133,
        column: 19,
        message:
          "scenario 'ransomware', template 'holding_employees_en': audience 'staff' is not an audience in this plan",
      },
    ],
  },
  {
    name: 'unknown template variables, pointed at where they are written',
    text: edit([
      '          Next update: {{next_update}}.',
      '          Next update: {{next_updat}}. {{weather}}',
    ]),
    errors: [
      {
        line: 140,
        column: 24,
        message:
          "scenario 'ransomware', template 'holding_employees_en': 'body' uses {{next_updat}}, which is not a known variable; did you mean {{next_update}}?",
      },
      {
        line: 140,
        column: 40,
        message:
          "scenario 'ransomware', template 'holding_employees_en': 'body' uses {{weather}}, which is not a known variable",
      },
    ],
  },
  {
    name: 'a template variable left open',
    text: edit([
      '        subject: Storing bij {{organisation.name}}',
      '        subject: Storing bij {{organisation.name',
    ]),
    errors: [
      {
        line: 145,
        column: 30,
        message:
          "scenario 'ransomware', template 'holding_customers_nl': 'subject' has a '{{' without a closing '}}'",
      },
    ],
  },
  {
    name: 'a supervisory authority that is not a contact',
    text: edit(['  supervisory_authority: ap', '  supervisory_authority: dpa']),
    errors: [
      {
        line: 11,
        column: 26,
        message: "regulatory profile: supervisory authority 'dpa' is not a contact in this plan",
      },
    ],
  },
  {
    name: 'a supervisory authority that is a contact of another kind',
    text: edit(['  supervisory_authority: ap', '  supervisory_authority: ncsc']),
    errors: [
      {
        line: 11,
        column: 26,
        message:
          "regulatory profile: supervisory authority 'ncsc' is a contact of kind 'csirt'; it must be of kind 'supervisory_authority'",
      },
    ],
  },
  {
    name: 'a supervisory authority that is not a contact, in Dutch',
    text: edit(['  supervisory_authority: ap', '  supervisory_authority: dpa']),
    lang: 'nl',
    errors: [
      {
        line: 11,
        column: 26,
        message: "wettelijk profiel: toezichthouder 'dpa' is geen contact in dit plan",
      },
    ],
  },
  {
    name: 'a NIS2 entity without a CSIRT',
    text: edit(['  csirt: ncsc\n', '']),
    errors: [
      {
        line: 7,
        column: 1,
        message:
          "regulatory profile: a NIS2 entity ('important') must name its CSIRT: add 'csirt' with the id of a contact of kind 'csirt'",
      },
    ],
  },
  {
    name: 'a NIS2 entity without a sector',
    text: edit([
      '  nis2: { entity: important, sector: digital infrastructure }',
      '  nis2: { entity: essential }',
    ]),
    errors: [
      {
        line: 9,
        column: 3,
        message: "regulatory profile, NIS2: a NIS2 entity ('essential') must name its 'sector'",
      },
    ],
  },
  {
    name: 'a contact that cannot be reached',
    text: edit(['    email: cert@ncsc.example', '    notes: only by carrier pigeon']),
    errors: [
      {
        line: 29,
        column: 5,
        message: "contact 'ncsc': neither a phone number nor an email address is given; add at least one",
      },
    ],
  },
  {
    name: 'a value repeated in a short list',
    text: edit(['    languages: [nl, en]', '    languages: [nl, en, nl]']),
    errors: [
      { line: 100, column: 5, message: "audience 'customers': 'languages' lists 'nl' more than once" },
    ],
  },
];

describe('a plan whose parts do not fit together is refused with the exact message and place', () => {
  it.each(cases)('$name', ({ text, lang, errors }) => {
    expect(errorsOf(text, lang)).toEqual(errors);
  });

  it('reports every problem at once, in the order of the file', () => {
    const text = edit(
      ['reviewed_at: 2026-06-01', 'reviewed_at: last year'],
      ['    deputies: [anna]', '    deputies: [carol]'],
      ['    criticality: critical', '    criticality: urgent'],
      ['      customers: 60', '      customrs: 60'],
      ['          owner: technical_lead\n          caution', '          owner: ciso\n          caution'],
      ['          Next update: {{next_update}}.', '          Next update: {{when}}.'],
    );
    expect(errorsOf(text).map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      "6:14 plan: reviewed_at 'last year' is not a date; write it as YYYY-MM-DD (like 2026-03-31)",
      "52:16 role 'legal': deputy 'carol' is not a person in this plan",
      "81:7 severity 'sev1': cadence: 'customrs' is not an audience in this plan",
      "85:18 service 'portal': criticality 'urgent' is not allowed; choose one of: critical, high, medium, low",
      "119:18 scenario 'ransomware', phase 'containment', task 1: owner role 'ciso' is not a role in this plan",
      "140:24 scenario 'ransomware', template 'holding_employees_en': 'body' uses {{when}}, which is not a known variable",
    ]);
  });
});
