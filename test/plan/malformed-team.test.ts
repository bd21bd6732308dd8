// Malformed plans: the team, contacts and regulatory profile do not fit together (unknown people and roles,
// duplicate ids, approval chains, cadences, the supervisory authority and CSIRT).
import { describe, expect, it } from 'vitest';
import { edit, errorsOf, type Case } from './support.js';

const cases: Case[] = [
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

describe('a plan whose team and contacts do not fit together is refused with the exact message and place', () => {
  it.each(cases)('$name', ({ text, lang, errors }) => {
    expect(errorsOf(text, lang)).toEqual(errors);
  });
});
