// Malformed plans: who gets an audience's messages (recipients, chat webhooks, webhook receivers), the press
// contact, employee guidance and the organisation's own jargon.
import { describe, expect, it } from 'vitest';
import { validatePlanYaml } from '../../src/core/plan/index.js';
import { edit, errorsOf, minimalYaml, type Case } from './support.js';

/** The employees audience (channels email and internal page) with these lines added at its end (line 96 on). */
const employees = (lines: string, ...more: Array<[string, string]>) =>
  edit(['    cadence_minutes: 60\n', `    cadence_minutes: 60\n${lines}`], ...more);
const withChannels = (channels: string): [string, string] => [
  '    channels: [email, internal_page]',
  `    channels: [${channels}]`,
];
const withPressContact = (lines: string) =>
  edit(['  language: en\nreviewed_at', `  language: en\n  press_contact:\n${lines}reviewed_at`]);

const recipients: Case[] = [
  {
    name: 'a recipient who is not a person in the plan',
    text: employees('    recipients:\n      - person: anna\n      - person: carol\n'),
    errors: [
      {
        line: 98,
        column: 17,
        message: "audience 'employees', recipient 2: person 'carol' is not a person in this plan",
      },
    ],
  },
  {
    name: 'a recipient who is not a person in the plan, in Dutch',
    text: employees('    recipients:\n      - person: anna\n      - person: carol\n'),
    lang: 'nl',
    errors: [
      {
        line: 98,
        column: 17,
        message: "doelgroep 'employees', ontvanger 2: persoon 'carol' is geen persoon in dit plan",
      },
    ],
  },
  {
    name: 'a contact that does not exist, and one without an email address',
    text: employees(
      '    recipients:\n      - contact: ncsc\n      - contact: insurer\n      - contact: ap\n',
    ),
    errors: [
      {
        line: 98,
        column: 18,
        message: "audience 'employees', recipient 2: contact 'insurer' is not a contact in this plan",
      },
      {
        line: 99,
        column: 18,
        message:
          "audience 'employees', recipient 3: contact 'ap' has no email address; add one to the contact, or choose another recipient",
      },
    ],
  },
  {
    name: 'a recipient that names nobody',
    text: employees('    recipients:\n      - name: All staff\n        language: en\n'),
    errors: [
      {
        line: 97,
        column: 9,
        message:
          "audience 'employees', recipient 1: say who this is: a 'person' from the team, a 'contact', or an 'email' address",
      },
    ],
  },
  {
    name: 'a recipient that is both a person and an address',
    text: employees('    recipients:\n      - person: bob\n        email: bob.private@example.org\n'),
    errors: [
      {
        line: 98,
        column: 9,
        message:
          "audience 'employees', recipient 1: 'email' cannot go with 'person': a recipient is one person, contact or address; add a separate recipient for each",
      },
    ],
  },
  {
    name: 'a language for a person and a name for a contact',
    text: employees(
      '    recipients:\n      - person: bob\n        language: en\n      - contact: ncsc\n        name: NCSC desk\n',
    ),
    errors: [
      {
        line: 98,
        column: 9,
        message:
          "audience 'employees', recipient 1: 'language' goes with an 'email' address only; a person reads messages in their own language, a contact in the plan's language",
      },
      {
        line: 100,
        column: 9,
        message:
          "audience 'employees', recipient 2: 'name' goes with an 'email' address only; a person or contact already has a name in the plan",
      },
    ],
  },
  {
    name: 'the same person or address twice, and two recipients with one inbox',
    text: employees(
      [
        '    recipients:',
        '      - person: anna',
        '      - email: all-staff@example.org',
        '      - person: anna',
        '      - email: All-Staff@example.org',
        '      - email: Anna@Example.org',
        '      - contact: ncsc',
        '      - email: cert@ncsc.example',
        '',
      ].join('\n'),
    ),
    errors: [
      {
        line: 99,
        column: 17,
        message: "audience 'employees', recipient 3: person 'anna' is already recipient 1",
      },
      {
        line: 100,
        column: 16,
        message: "audience 'employees', recipient 4: address 'All-Staff@example.org' is already recipient 2",
      },
      {
        line: 101,
        column: 16,
        message:
          "audience 'employees', recipient 5: this is the same email address (Anna@Example.org) as recipient 1; it would get every message twice",
      },
      {
        line: 103,
        column: 16,
        message:
          "audience 'employees', recipient 7: this is the same email address (cert@ncsc.example) as recipient 6; it would get every message twice",
      },
    ],
  },
  {
    name: 'the same person twice, in Dutch',
    text: employees(
      '    recipients:\n      - person: anna\n      - person: anna\n      - email: Anna@Example.org\n',
    ),
    lang: 'nl',
    errors: [
      {
        line: 98,
        column: 17,
        message: "doelgroep 'employees', ontvanger 2: persoon 'anna' is al ontvanger 1",
      },
      {
        line: 99,
        column: 16,
        message:
          "doelgroep 'employees', ontvanger 3: dit is hetzelfde e-mailadres (Anna@Example.org) als bij ontvanger 1; dat adres zou elk bericht twee keer krijgen",
      },
    ],
  },
  {
    name: 'an address in a language the audience does not use',
    text: employees(
      '    recipients:\n      - email: alle-medewerkers@example.org\n        name: Alle medewerkers\n        language: nl\n',
    ),
    errors: [
      {
        line: 99,
        column: 19,
        message:
          "audience 'employees', recipient 1: language 'nl' is not one of this audience's languages (en), so no message is written in it",
      },
    ],
  },
];

const channels: Case[] = [
  {
    name: 'chat webhooks and webhook receivers for channels the audience does not have',
    text: employees(
      '    chat:\n      - service: slack\n        url: https://hooks.slack.com/services/T000/B000/XXXX\n' +
        '    webhooks:\n      - url: https://intranet.example.org/hooks/stormbell\n',
    ),
    errors: [
      {
        line: 96,
        column: 5,
        message:
          "audience 'employees': 'chat' is not used, because 'chat' is not among this audience's channels; add the channel, or remove the list",
      },
      {
        line: 99,
        column: 5,
        message:
          "audience 'employees': 'webhooks' is not used, because 'webhook' is not among this audience's channels; add the channel, or remove the list",
      },
    ],
  },
  {
    name: 'recipients for an audience without the email channel',
    text: edit(
      ['    channels: [status_page, email]', '    channels: [status_page]'],
      [
        '    cadence_minutes: 120\n',
        '    cadence_minutes: 120\n    recipients:\n      - email: key-accounts@example.org\n',
      ],
    ),
    errors: [
      {
        line: 103,
        column: 5,
        message:
          "audience 'customers': 'recipients' is not used, because 'email' is not among this audience's channels; add the channel, or remove the list",
      },
    ],
  },
  {
    name: 'chat webhooks for an audience without the chat channel, in Dutch',
    text: employees(
      '    chat:\n      - service: slack\n        url: https://hooks.slack.com/services/T000/B000/XXXX\n',
    ),
    lang: 'nl',
    errors: [
      {
        line: 96,
        column: 5,
        message:
          "doelgroep 'employees': 'chat' wordt niet gebruikt, want 'chat' staat niet bij de kanalen van deze doelgroep; voeg het kanaal toe, of verwijder de lijst",
      },
    ],
  },
  {
    name: 'URLs that are not web addresses, and a chat service Stormbell does not know',
    text: employees(
      '    chat:\n      - service: teams\n        url: outlook.office.com/webhook/abc\n' +
        '      - service: irc\n        url: https://chat.example.org/hooks/abc\n' +
        '    webhooks:\n      - url: https://intranet.example.org/hooks/ stormbell\n',
      withChannels('email, internal_page, chat, webhook'),
    ),
    errors: [
      {
        line: 98,
        column: 14,
        message:
          "audience 'employees', chat webhook 1: url 'outlook.office.com/webhook/abc' is not a web address; write it in full, starting with https://",
      },
      {
        line: 99,
        column: 18,
        message:
          "audience 'employees', chat webhook 2: service 'irc' is not allowed; choose one of: slack, teams, mattermost",
      },
      {
        line: 102,
        column: 14,
        message:
          "audience 'employees', webhook 1: url 'https://intranet.example.org/hooks/ stormbell' is not a web address; write it in full, starting with https://",
      },
    ],
  },
  {
    name: 'a URL that is not a web address, in Dutch',
    text: employees(
      '    webhooks:\n      - url: intranet.example.org/hooks\n',
      withChannels('email, internal_page, webhook'),
    ),
    lang: 'nl',
    errors: [
      {
        line: 97,
        column: 14,
        message:
          "doelgroep 'employees', webhook 1: url 'intranet.example.org/hooks' is geen webadres; schrijf het volledig, beginnend met https://",
      },
    ],
  },
  {
    name: 'the same URL twice in a list',
    text: employees(
      [
        '    chat:',
        '      - service: mattermost',
        '        url: https://chat.example.org/hooks/abc',
        "        name: '#crisis'",
        '      - service: mattermost',
        '        url: https://chat.example.org/hooks/abc',
        "        name: '#general'",
        '    webhooks:',
        '      - url: https://a.example.org/hook',
        '      - url: https://a.example.org/hook',
        '',
      ].join('\n'),
      withChannels('email, internal_page, chat, webhook'),
    ),
    errors: [
      {
        line: 101,
        column: 14,
        message:
          "audience 'employees', chat webhook 2: the same URL as chat webhook 1; every message would arrive twice",
      },
      {
        line: 105,
        column: 14,
        message:
          "audience 'employees', webhook 2: the same URL as webhook 1; every message would arrive twice",
      },
    ],
  },
];

const others: Case[] = [
  {
    name: 'a press contact journalists cannot reach',
    text: withPressContact('    name: Press office\n'),
    errors: [
      {
        line: 6,
        column: 3,
        message:
          'organisation, press contact: neither a phone number nor an email address is given; add at least one',
      },
    ],
  },
  {
    name: 'a press contact with a bad phone number and a misspelt field, in Dutch',
    text: withPressContact('    name: Persvoorlichting\n    phone: call us\n    emial: pers@example.org\n'),
    lang: 'nl',
    errors: [
      {
        line: 8,
        column: 12,
        message:
          "organisatie, perscontact: phone 'call us' is geen telefoonnummer; gebruik cijfers, spaties of streepjes, eventueel met een + ervoor (zoals +31 6 1234 5678)",
      },
      {
        line: 9,
        column: 5,
        message:
          "organisatie, perscontact: 'emial' is hier geen bekend veld; de velden zijn: name, email, phone",
      },
    ],
  },
  {
    name: 'employee guidance with an empty item and a misspelt list',
    text: edit([
      '    services: [portal]\n',
      "    services: [portal]\n    employee_guidance:\n      do:\n        - Keep working on paper where you can.\n        - ''\n      donts:\n        - Do not switch on your laptop.\n",
    ]),
    errors: [
      { line: 115, column: 11, message: "scenario 'ransomware': 'employee_guidance.do' item 2 is empty" },
      {
        line: 116,
        column: 7,
        message: "scenario 'ransomware': 'donts' is not a known field here; did you mean 'dont'?",
      },
    ],
  },
  {
    name: 'a jargon term listed twice, whatever its capitals',
    text: `${minimalYaml}jargon:\n  en:\n    - term: VPN\n      plain: remote access\n    - term: vpn\n      plain: the secure connection from home\n  nl:\n    - term: KA\n      plain: klantadviseur\n`,
    errors: [{ line: 159, column: 13, message: "jargon 'en', term 2: 'vpn' is already listed as term 1" }],
  },
  {
    name: 'a jargon term listed twice and one without its plain words, in Dutch',
    text: `${minimalYaml}jargon:\n  nl:\n    - term: KA\n      plain: klantadviseur\n    - term: ka\n      plain: accountmanager\n    - term: Zaaksysteem\n`,
    lang: 'nl',
    errors: [
      { line: 159, column: 13, message: "vaktaal 'nl', term 2: 'ka' staat al in de lijst als term 1" },
      { line: 161, column: 7, message: "vaktaal 'nl', term 'Zaaksysteem': 'plain' ontbreekt" },
    ],
  },
];

describe('a plan whose audiences, press contact or jargon do not fit is refused with the exact message and place', () => {
  it.each([...recipients, ...channels, ...others])('$name', ({ text, lang, errors }) => {
    expect(errorsOf(text, lang)).toEqual(errors);
  });
});

describe('the delivery lists, press contact, employee guidance and jargon', () => {
  it('are accepted when they fit, and an email channel without recipients is fine', () => {
    const text = employees(
      [
        '    recipients:',
        '      - person: anna',
        '      - contact: ncsc',
        '      - email: all-staff@example.org',
        '        name: All staff',
        '        language: en',
        '    chat:',
        '      - service: slack',
        '        url: https://hooks.slack.com/services/T000/B000/XXXX',
        '    webhooks:',
        '      - url: https://intranet.example.org/hooks/stormbell',
        '        name: Intranet',
        '',
      ].join('\n'),
      withChannels('email, internal_page, chat, webhook'),
      [
        '  language: en\nreviewed_at',
        '  language: en\n  press_contact: { name: Press office, phone: +31 20 123 4567 }\nreviewed_at',
      ],
      [
        '    services: [portal]\n',
        '    services: [portal]\n    employee_guidance:\n      do: [Keep working on paper where you can.]\n      dont: []\n',
      ],
    );
    const result = validatePlanYaml(`${text}jargon:\n  en:\n    - term: KA\n      plain: account manager\n`);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const [audience] = result.plan.audiences;
    expect(audience?.recipients).toEqual([
      { person: 'anna' },
      { contact: 'ncsc' },
      { email: 'all-staff@example.org', name: 'All staff', language: 'en' },
    ]);
    expect(result.plan.audiences[1]?.recipients).toBeUndefined();
    expect(result.plan.organisation.press_contact).toEqual({
      name: 'Press office',
      phone: '+31 20 123 4567',
    });
    expect(result.plan.scenarios[0]?.employee_guidance).toEqual({
      do: ['Keep working on paper where you can.'],
      dont: [],
    });
    expect(result.plan.jargon).toEqual({ en: [{ term: 'KA', plain: 'account manager' }] });
  });
});
