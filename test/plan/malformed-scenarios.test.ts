// Malformed plans: scenarios that do not fit the rest of the plan (task owners, audiences, services, holding
// statements, template languages and variables), and a plan with many problems reported at once.
import { describe, expect, it } from 'vitest';
import { edit, errorsOf, minimalYaml, type Case } from './support.js';

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
];

describe('a plan whose scenarios do not fit the plan is refused with the exact message and place', () => {
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
