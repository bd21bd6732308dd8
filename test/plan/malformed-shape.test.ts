// Malformed plans: fields of the wrong type, missing, unknown, or with a bad format or value.
import { describe, expect, it } from 'vitest';
import { validatePlanYaml } from '../../src/core/plan/index.js';
import { edit, errorsOf, type Case } from './support.js';

const shape: Case[] = [
  {
    name: 'a misspelt field, with a suggestion instead of a second "missing" error',
    text: edit(['    deputies: [bob]', '    deputys: [bob]']),
    errors: [
      {
        line: 37,
        column: 5,
        message: "role 'incident_commander': 'deputys' is not a known field here; did you mean 'deputies'?",
      },
    ],
  },
  {
    name: 'a misspelt field, in Dutch',
    text: edit(['    deputies: [bob]', '    deputys: [bob]']),
    lang: 'nl',
    errors: [
      {
        line: 37,
        column: 5,
        message: "rol 'incident_commander': 'deputys' is hier geen bekend veld; bedoelt u 'deputies'?",
      },
    ],
  },
  {
    name: 'an unknown top-level field',
    text: edit(['schema_version: 1\n', 'schema_version: 1\nowner: it\n']),
    errors: [
      {
        line: 3,
        column: 1,
        message:
          "plan: 'owner' is not a known field here; the fields are: schema_version, organisation, reviewed_at, regulatory, people, contacts, roles, severities, services, audiences, scenarios, jargon",
      },
    ],
  },
  {
    name: 'a missing field, pointed at the map that should hold it',
    text: edit(['    primary: anna\n    deputies: [bob]', '    deputies: [bob]']),
    errors: [{ line: 34, column: 5, message: "role 'incident_commander': 'primary' is missing" }],
  },
  {
    name: 'text where true or false belongs',
    text: edit(['    internal: true', '    internal: yes']),
    errors: [
      {
        line: 91,
        column: 15,
        message: "audience 'employees': 'internal' must be true or false, but is text (yes)",
      },
    ],
  },
  {
    name: 'text where a list belongs',
    text: edit(['    deputies: [bob]', '    deputies: bob']),
    errors: [
      {
        line: 37,
        column: 15,
        message: "role 'incident_commander': 'deputies' must be a list, but is text (bob)",
      },
    ],
  },
  {
    name: 'a phone number that YAML reads as a number',
    text: edit(['    phone: +31 6 1234 0001', '    phone: +31612340001']),
    errors: [
      {
        line: 17,
        column: 12,
        message:
          "person 'anna': 'phone' must be text, but is read as a whole number (31612340001); put the value in quotes",
      },
    ],
  },
  {
    name: 'a fraction where whole minutes belong',
    text: edit(['    cadence_minutes: 60', '    cadence_minutes: 1.5']),
    errors: [
      {
        line: 95,
        column: 22,
        message: "audience 'employees': 'cadence_minutes' must be a whole number, but is a number (1.5)",
      },
    ],
  },
  {
    name: 'a cadence of zero minutes',
    text: edit(['    cadence_minutes: 120', '    cadence_minutes: 0']),
    errors: [
      { line: 102, column: 22, message: "audience 'customers': 'cadence_minutes' must be at least 1" },
    ],
  },
  {
    name: 'a field without a value',
    text: edit(['    cadence_minutes: 120', '    cadence_minutes:']),
    errors: [{ line: 102, column: 5, message: "audience 'customers': 'cadence_minutes' has no value" }],
  },
  {
    name: 'a section that is text instead of a group of fields',
    text: edit(['organisation:\n  name: Testbedrijf B.V.\n  language: en\n', 'organisation: Testbedrijf\n']),
    errors: [
      {
        line: 3,
        column: 15,
        message: "plan: 'organisation' must be a group of fields (key: value), but is text (Testbedrijf)",
      },
    ],
  },
  {
    name: 'a task written as a line of text',
    text: edit([
      '        - title: Restore from clean, verified backups.\n          owner: technical_lead\n',
      '        - Restore from clean backups.\n',
    ]),
    errors: [
      {
        line: 126,
        column: 11,
        message:
          "scenario 'ransomware': 'phases.recovery' item 1 must be a group of fields (key: value), but is text (Restore from clean backups.)",
      },
    ],
  },
  {
    name: 'a bad email address',
    text: edit(['    email: anna@example.org', '    email: anna@example']),
    errors: [
      { line: 16, column: 12, message: "person 'anna': email 'anna@example' is not a valid email address" },
    ],
  },
  {
    name: 'a bad email address, in Dutch',
    text: edit(['    email: anna@example.org', '    email: anna@example']),
    lang: 'nl',
    errors: [
      { line: 16, column: 12, message: "persoon 'anna': email 'anna@example' is geen geldig e-mailadres" },
    ],
  },
  {
    name: 'a phone number with letters',
    text: edit(['    phone: 088 1805 250', '    phone: call the office']),
    errors: [
      {
        line: 28,
        column: 12,
        message:
          "contact 'ap': phone 'call the office' is not a phone number; use digits, spaces or dashes, with an optional + in front (like +31 6 1234 5678)",
      },
    ],
  },
  {
    name: 'a value outside its list of choices',
    text: edit(['    criticality: critical', '    criticality: urgent']),
    errors: [
      {
        line: 85,
        column: 18,
        message:
          "service 'portal': criticality 'urgent' is not allowed; choose one of: critical, high, medium, low",
      },
    ],
  },
  {
    name: 'an unknown language in a list',
    text: edit(['    languages: [nl, en]', '    languages: [nl, en, de]']),
    errors: [
      {
        line: 100,
        column: 25,
        message: "audience 'customers': languages item 3 'de' is not allowed; choose one of: nl, en",
      },
    ],
  },
  {
    name: 'a date that does not exist',
    text: edit(['reviewed_at: 2026-06-01', 'reviewed_at: 2026-02-30']),
    errors: [
      {
        line: 6,
        column: 14,
        message: "plan: reviewed_at '2026-02-30' is not a date; write it as YYYY-MM-DD (like 2026-03-31)",
      },
    ],
  },
  {
    name: 'an id that is not lower_snake_case',
    text: edit(
      ['  - id: portal\n', '  - id: Customer-Portal\n'],
      ['    services: [portal]', '    services: [Customer-Portal]'],
    ),
    errors: [
      {
        line: 83,
        column: 9,
        message:
          "service 'Customer-Portal': id 'Customer-Portal' must be lower_snake_case: small letters, digits and underscores, starting with a letter (like 'incident_commander')",
      },
    ],
  },
  {
    name: 'an empty list where at least one item is needed',
    text: edit([
      '    detection_hints:\n      - Files that no longer open and a ransom note on the desktop.\n',
      '    detection_hints: []\n',
    ]),
    errors: [
      {
        line: 107,
        column: 5,
        message: "scenario 'ransomware': 'detection_hints' is an empty list; add at least one",
      },
    ],
  },
  {
    name: 'an empty text',
    text: edit(['        subject: Storing bij {{organisation.name}}', "        subject: ''"]),
    errors: [
      {
        line: 145,
        column: 18,
        message: "scenario 'ransomware', template 'holding_customers_nl': 'subject' is empty",
      },
    ],
  },
  {
    name: 'a schema version this Stormbell does not know',
    text: edit(['schema_version: 1', 'schema_version: 2']),
    errors: [{ line: 2, column: 17, message: "plan: schema_version '2' is not allowed; choose one of: 1" }],
  },
];

describe('a plan with the wrong shape is refused with the exact message and place', () => {
  it.each(shape)('$name', ({ text, lang, errors }) => {
    expect(errorsOf(text, lang)).toEqual(errors);
  });

  it('gives the path of each error as the YAML spells it', () => {
    const result = validatePlanYaml(edit(['    deputies: [bob]', '    deputies: [bob, 7]']));
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: ['roles', 0, 'deputies', 1],
          line: 37,
          column: 21,
          message:
            "role 'incident_commander': 'deputies' item 2 must be text, but is read as a whole number (7); put the value in quotes",
        },
      ],
    });
  });
});
