// The notification drafts: every kind in both languages with its sections in the authority's order, values filled
// from the incident, follow-ups naming the report before, and nothing silently blank.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../api/legal.js';
import { t } from '../i18n/index.js';
import { draftFields, draftTitle, type DraftInput } from './drafts.js';
import type { SectionKey } from './drafts-values.js';
import { obligationKinds, type ObligationKind } from './obligations.js';

const assessment = (over: Partial<Assessment['gdpr']> = {}): Assessment => ({
  gdpr: {
    personal_data: 'yes',
    categories: ['financial', 'ordinary'],
    subjects_min: 1200,
    subjects_max: 5000,
    records: 48000,
    encrypted: 'no',
    confidentiality: true,
    integrity: false,
    availability: true,
    consequences: 'Phishing using the stolen addresses.',
    risk: 'high',
    reasoning: 'Bank account numbers with names.',
    ...over,
  },
  nis2: { significant: 'yes', criteria: ['severe_disruption'], malicious: 'yes', cross_border: 'no' },
  dora: { major: 'yes', classified_at: '2027-05-10T09:30:00.000Z', criteria: ['clients', 'geography'] },
});

const input = (over: Partial<DraftInput> = {}): DraftInput => ({
  organisation: { name: 'Waterschap De Dijk' },
  contact: {
    name: 'Fatma Yılmaz',
    email: 'privacy@dijk.example',
    phone: '+31 20 555 0101',
    role: 'Privacy officer',
  },
  authority: { organisation: 'Autoriteit Persoonsgegevens', phone: '088 1805 250' },
  incident: {
    reference: 'INC-2027-0007',
    title: 'Ransomware on the billing servers',
    scenario: 'Ransomware',
    severity: 'Critical',
    phase: 'containment',
    awareness_at: '2027-05-10T08:00:00.000Z',
    declared_at: '2027-05-10T08:05:00.000Z',
    eta_at: '2027-05-12T16:00:00.000Z',
    personal_data: 'yes',
  },
  facts: {
    what_happened: 'Billing servers were encrypted by ransomware.',
    affected: 'Customers who pay by direct debit.',
    actions: 'Servers isolated; backups checked.',
    advice: 'Be wary of emails asking for payment.',
    expected_recovery: 'Billing back within two days.',
  },
  assessment: assessment(),
  services: [
    { name: 'Billing', state: 'down' },
    { name: 'Customer portal', state: 'degraded' },
  ],
  decisions: [
    {
      title: 'Do not pay the ransom.',
      rationale: 'Backups are intact.',
      decided_at: '2027-05-10T11:00:00.000Z',
    },
  ],
  submissions: [],
  informed: [],
  now: '2027-05-11T08:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  ...over,
});

const value = (fields: Array<{ key: string; value: string }>, key: string) => {
  const f = fields.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f.value;
};
const sectionsOf = (fields: Array<{ section: string }>) => [...new Set(fields.map((f) => f.section))];

const expectedSections: Record<ObligationKind, SectionKey[]> = {
  gdpr_authority: [
    'ap.about',
    'ap.contact',
    'ap.timeline',
    'ap.breach',
    'ap.data',
    'ap.people',
    'ap.protection',
    'ap.consequences',
    'ap.follow_up',
    'ap.other',
  ],
  gdpr_follow_up: [
    'ap.about',
    'ap.contact',
    'ap.timeline',
    'ap.breach',
    'ap.data',
    'ap.people',
    'ap.protection',
    'ap.consequences',
    'ap.follow_up',
    'ap.other',
  ],
  gdpr_register: ['register.breach', 'register.effects', 'register.remedy', 'register.notifications'],
  gdpr_data_subjects: ['plain.what', 'plain.consequences', 'plain.measures', 'plain.advice', 'plain.contact'],
  nis2_early_warning: ['report', 'nis2.entity', 'incident', 'nis2.early_assessment'],
  nis2_notification: ['report', 'nis2.entity', 'incident', 'nis2.initial_assessment', 'mitigation'],
  nis2_final: [
    'report',
    'nis2.entity',
    'incident',
    'nis2.severity_impact',
    'threat',
    'mitigation',
    'cross_border',
  ],
  dora_initial: ['report', 'dora.entity', 'incident', 'dora.classification'],
  dora_intermediate: [
    'report',
    'dora.entity',
    'incident',
    'dora.classification',
    'dora.threat',
    'mitigation',
  ],
  dora_final: ['report', 'dora.entity', 'incident', 'dora.root_cause', 'dora.resolution', 'dora.costs'],
};

describe('every kind, in both languages', () => {
  for (const kind of obligationKinds)
    for (const lang of ['nl', 'en'] as const)
      it(`${kind} (${lang}): its sections in order, every field labelled and filled`, () => {
        const fields = draftFields(kind, input(), lang);
        expect(sectionsOf(fields)).toEqual(
          expectedSections[kind].map((s) => t(lang, `legal.draft.section.${s}`)),
        );
        expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
        for (const f of fields) {
          expect(f.key).toMatch(/^[a-z0-9_]+\.[a-z0-9_]+$/);
          expect(f.label, f.key).not.toMatch(/^legal\./);
          expect(f.section, f.key).not.toMatch(/^legal\./);
          expect(f.value.trim(), f.key).not.toBe('');
          expect(f.value, f.key).not.toMatch(/legal\.draft|\{\w+\}/);
        }
        expect(draftTitle(kind, lang)).not.toMatch(/^legal\./);
      });

  it('the Dutch and English drafts have the same keys, in different words', () => {
    for (const kind of obligationKinds) {
      const nl = draftFields(kind, input(), 'nl');
      const en = draftFields(kind, input(), 'en');
      expect(nl.map((f) => f.key)).toEqual(en.map((f) => f.key));
      expect(nl.map((f) => f.label)).not.toEqual(en.map((f) => f.label));
    }
  });
});

describe('the notification to the supervisory authority', () => {
  it('reads like the AP form in Dutch and is filled from the incident', () => {
    const fields = draftFields('gdpr_authority', input(), 'nl');
    const labels = fields.map((f) => f.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Aard van het datalek',
        'Soort persoonsgegevens',
        'Aantal betrokkenen: minimaal',
        'Aantal betrokkenen: maximaal',
      ]),
    );
    expect(sectionsOf(fields)).toContain('7. Gevolgen van het datalek');
    expect(value(fields, 'notification.law')).toContain('AVG');
    expect(value(fields, 'notification.type')).toBe('Nieuwe melding');
    expect(value(fields, 'notification.previous')).toBe('niet van toepassing');
    expect(value(fields, 'notification.recipient')).toBe('Autoriteit Persoonsgegevens (088 1805 250)');
    expect(value(fields, 'contact.name')).toBe('Fatma Yılmaz');
    expect(value(fields, 'contact.email')).toBe('privacy@dijk.example');
    expect(value(fields, 'timeline.discovered_at')).toBe('10 mei 2027 om 10:00 CEST');
    expect(value(fields, 'timeline.ongoing')).toBe('Ja: het wordt ingeperkt');
    expect(value(fields, 'nature.kind')).toBe(
      'lezen of kopiëren (vertrouwelijkheid); verwijderen, vernietigen of onbeschikbaar maken (beschikbaarheid)',
    );
    // In the catalogue's order, not the order they were ticked.
    expect(value(fields, 'data.categories')).toBe(
      'gewone persoonsgegevens (naam, adres, e-mail, telefoon, ...); financiële gegevens (rekeningnummer, betaalgegevens, ...)',
    );
    expect(value(fields, 'data.records')).toBe('48000');
    expect(value(fields, 'subjects.min')).toBe('1200');
    expect(value(fields, 'subjects.max')).toBe('5000');
    expect(value(fields, 'subjects.groups')).toBe('Customers who pay by direct debit.');
    expect(value(fields, 'protection.encrypted')).toBe('Nee: de gegevens waren leesbaar');
    expect(value(fields, 'protection.details')).toBe('niet van toepassing');
    expect(value(fields, 'consequences.cia')).toBe(
      'Vertrouwelijkheid: geschonden; integriteit: niet geschonden; beschikbaarheid: geschonden',
    );
    expect(value(fields, 'consequences.harm')).toBe('Phishing using the stolen addresses.');
    expect(value(fields, 'consequences.risk')).toMatch(/^Een hoog risico/);
    expect(value(fields, 'follow_up.informed')).toMatch(/^Nog niet: .*AVG art\. 34/);
    expect(value(fields, 'follow_up.measures')).toBe(
      'Servers isolated; backups checked.\nBesluit van 10 mei 2027 om 13:00 CEST: Do not pay the ransom. Waarom: Backups are intact.',
    );
    expect(value(fields, 'follow_up.cross_border')).toMatch(/^Nee/);
    expect(value(fields, 'follow_up.other_authorities')).toBe('nog niets vastgelegd');
    expect(value(fields, 'contact.processors')).toBe('nog in te vullen');
  });

  it('in English, with the same facts', () => {
    const fields = draftFields('gdpr_authority', input(), 'en');
    expect(fields.map((f) => f.label)).toEqual(
      expect.arrayContaining([
        'Nature of the breach',
        'Kinds of personal data',
        'Number of records (approximately)',
      ]),
    );
    expect(value(fields, 'notification.law')).toContain('GDPR');
    expect(value(fields, 'timeline.discovered_at')).toBe('10 May 2027 at 10:00 CEST');
    expect(value(fields, 'follow_up.informed')).toMatch(/^Not yet: .*GDPR Art\. 34/);
  });

  it('a follow-up names the first notification and the one before it, and only the first one can be late', () => {
    const submissions: DraftInput['submissions'] = [
      { kind: 'gdpr_follow_up', submitted_at: '2027-05-12T10:00:00.000Z', reference: 'AP-FOLLOW-1' },
      { kind: 'gdpr_authority', submitted_at: '2027-05-11T10:00:00.000Z', reference: 'AP-2027-123456' },
      { kind: 'nis2_early_warning', submitted_at: '2027-05-10T20:00:00.000Z', reference: 'NCSC-77' },
    ];
    const late = { now: '2027-05-20T08:00:00.000Z' };
    const en = draftFields('gdpr_follow_up', input({ submissions, ...late }), 'en');
    expect(value(en, 'notification.type')).toBe('Follow-up to notification AP-2027-123456 (GDPR Art. 33(4))');
    expect(value(en, 'notification.previous')).toBe(
      'Follow-up to the notification of a personal data breach (GDPR art. 33(4)) AP-FOLLOW-1, submitted on 12 May 2027 at 12:00 CEST',
    );
    const firstFollowUp = draftFields('gdpr_follow_up', input({ submissions: submissions.slice(1) }), 'en');
    expect(value(firstFollowUp, 'notification.previous')).toBe(
      'Notification of a personal data breach to the supervisory authority AP-2027-123456, submitted on 11 May 2027 at 12:00 CEST',
    );
    expect(value(en, 'notification.delay_reason')).toBe('not applicable');
    expect(value(en, 'follow_up.other_authorities')).toBe(
      'Early warning (NIS2) NCSC-77, submitted on 10 May 2027 at 22:00 CEST',
    );
    const nl = draftFields('gdpr_authority', input({ submissions }), 'nl');
    expect(value(nl, 'notification.type')).toBe(
      'Vervolgmelding op melding AP-2027-123456 (AVG art. 33 lid 4)',
    );
  });

  it('a first notification after 72 hours asks for the reasons for the delay', () => {
    expect(value(draftFields('gdpr_authority', input(), 'en'), 'notification.delay_reason')).toBe(
      'Not applicable: within 72 hours of discovery',
    );
    const late = draftFields('gdpr_authority', input({ now: '2027-05-13T08:00:01.000Z' }), 'en');
    expect(value(late, 'notification.delay_reason')).toMatch(/^To be filled in: .*reasons for the delay/);
  });

  it('data subjects informed: the published messages, or not required below high risk', () => {
    const informed = [
      { audience: 'Customers', published_at: '2027-05-10T15:00:00.000Z' },
      { audience: 'Status page', published_at: '2027-05-10T14:00:00.000Z' },
    ];
    expect(value(draftFields('gdpr_authority', input({ informed }), 'en'), 'follow_up.informed')).toBe(
      'Yes: Status page on 10 May 2027 at 16:00 CEST; Customers on 10 May 2027 at 17:00 CEST',
    );
    const risk = input({ assessment: assessment({ risk: 'risk' }) });
    expect(value(draftFields('gdpr_authority', risk, 'en'), 'follow_up.informed')).toMatch(
      /^No: not required.*Art\. 34\(1\)/,
    );
  });

  it('what is not known yet says so; nothing is blank', () => {
    const bare = input({
      contact: null,
      authority: null,
      facts: null,
      assessment: null,
      services: [],
      decisions: [],
      incident: { ...input().incident, phase: 'detection', eta_at: null, scenario: ' ' },
    });
    for (const lang of ['nl', 'en'] as const) {
      const unknown = t(lang, 'legal.draft.value.unknown');
      const fields = draftFields('gdpr_authority', bare, lang);
      for (const key of [
        'notification.recipient',
        'contact.name',
        'contact.email',
        'contact.phone',
        'nature.summary',
        'nature.scenario',
        'nature.kind',
        'data.categories',
        'data.records',
        'subjects.groups',
        'subjects.min',
        'subjects.max',
        'protection.encrypted',
        'protection.details',
        'consequences.cia',
        'consequences.harm',
        'consequences.risk',
        'follow_up.informed',
        'follow_up.measures',
        'follow_up.cross_border',
      ])
        expect(value(fields, key), key).toBe(unknown);
      expect(value(fields, 'timeline.ongoing')).toMatch(
        lang === 'nl' ? /^Nog niet bekend/ : /^Not known yet/,
      );
      for (const kind of obligationKinds)
        for (const f of draftFields(kind, bare, lang))
          expect(f.value.trim(), `${kind} ${f.key}`).not.toBe('');
    }
    expect(value(draftFields('gdpr_authority', bare, 'nl'), 'subjects.min')).toBe('nog niet bekend');
    expect(value(draftFields('gdpr_authority', bare, 'en'), 'subjects.min')).toBe('not known yet');
  });

  it('counts zero as zero, not as unknown', () => {
    const fields = draftFields(
      'gdpr_authority',
      input({ assessment: assessment({ subjects_min: 0 }) }),
      'en',
    );
    expect(value(fields, 'subjects.min')).toBe('0');
  });
});

describe('the breach register entry and the message to the people', () => {
  it('the register: facts, effects, remedy and whether the authority was notified', () => {
    const open = draftFields('gdpr_register', input(), 'en');
    expect(value(open, 'register.incident')).toBe('INC-2027-0007: Ransomware on the billing servers');
    expect(value(open, 'register.authority')).toBe(
      'Not yet: due within 72 hours of discovery, by 13 May 2027 at 10:00 CEST',
    );
    const sent = draftFields(
      'gdpr_register',
      input({
        submissions: [
          { kind: 'gdpr_authority', submitted_at: '2027-05-11T10:00:00.000Z', reference: 'AP-1' },
        ],
      }),
      'nl',
    );
    expect(value(sent, 'register.authority')).toBe('Ja: AP-1, ingediend op 11 mei 2027 om 12:00 CEST');
    const noRisk = draftFields('gdpr_register', input({ assessment: assessment({ risk: 'none' }) }), 'en');
    expect(value(noRisk, 'register.authority')).toMatch(/^No: not required/);
  });

  it('the message to the people: plain facts, advice and a contact point', () => {
    const fields = draftFields('gdpr_data_subjects', input(), 'en');
    expect(value(fields, 'plain.what_happened')).toBe('Billing servers were encrypted by ransomware.');
    expect(value(fields, 'plain.advice')).toBe('Be wary of emails asking for payment.');
    expect(value(fields, 'plain.contact')).toBe(
      'Fatma Yılmaz (Privacy officer), privacy@dijk.example, +31 20 555 0101',
    );
  });
});

describe('NIS2', () => {
  it('the early warning: malice suspected, cross-border impact, the responsible officer', () => {
    const fields = draftFields('nis2_early_warning', input(), 'nl');
    expect(value(fields, 'threat.malicious')).toMatch(/^Ja: /);
    expect(value(fields, 'cross_border.impact')).toMatch(/^Nee: /);
    expect(value(fields, 'contact.name')).toBe('Fatma Yılmaz');
    expect(value(fields, 'incident.services')).toBe('Billing: uit; Customer portal: verminderd');
    expect(value(fields, 'nis2.criteria')).toBe('ernstige verstoring van de werking van de diensten');
    expect(value(fields, 'notification.law')).toContain('Cyberbeveiligingswet');
  });

  it('the notification updates the early warning by its reference, or says it was not sent yet', () => {
    const warned = input({
      submissions: [
        { kind: 'nis2_early_warning', submitted_at: '2027-05-10T20:00:00.000Z', reference: 'NCSC-77' },
      ],
    });
    const fields = draftFields('nis2_notification', warned, 'en');
    expect(value(fields, 'notification.previous')).toBe(
      'Early warning (NIS2) NCSC-77, submitted on 10 May 2027 at 22:00 CEST',
    );
    expect(value(fields, 'nis2.severity')).toBe('Severity Critical in our response plan');
    expect(value(fields, 'threat.iocs')).toBe('to be filled in');
    expect(value(fields, 'incident.expected_recovery')).toBe(
      'Billing back within two days.\nExpected by 12 May 2027 at 18:00 CEST',
    );
    expect(value(draftFields('nis2_notification', input(), 'nl'), 'notification.previous')).toBe(
      'Vroegtijdige waarschuwing (NIS2): nog niet ingediend',
    );
  });

  it('the final report is a progress report while the incident is still being handled', () => {
    const sub = [
      { kind: 'nis2_notification' as const, submitted_at: '2027-05-12T08:00:00.000Z', reference: 'N-2' },
    ];
    const running = draftFields('nis2_final', input({ submissions: sub }), 'en');
    expect(value(running, 'notification.type')).toMatch(/^Progress report/);
    expect(value(running, 'notification.previous')).toMatch(
      /^Incident notification \(NIS2\) N-2, submitted on/,
    );
    expect(value(running, 'mitigation.ongoing')).toMatch(/^Billing back within two days/);
    expect(value(running, 'threat.root_cause')).toBe('to be filled in');
    const done = input({ submissions: sub, incident: { ...input().incident, phase: 'evaluation' } });
    const final = draftFields('nis2_final', done, 'en');
    expect(value(final, 'notification.type')).toBe('Final report (NIS2)');
    expect(value(final, 'mitigation.ongoing')).toBe(
      'None: the incident has been handled (phase: Evaluation)',
    );
  });
});

describe('DORA', () => {
  it('the initial notification: LEI to fill in, detection and classification times, criteria', () => {
    const fields = draftFields('dora_initial', input(), 'en');
    expect(value(fields, 'dora.lei')).toBe('to be filled in');
    expect(fields.find((f) => f.key === 'timeline.discovered_at')?.label).toBe('Date and time of detection');
    expect(value(fields, 'dora.classified_at')).toBe('10 May 2027 at 11:30 CEST');
    expect(value(fields, 'dora.criteria')).toBe(
      'clients, financial counterparts and transactions; geographical spread',
    );
    expect(value(fields, 'dora.member_states')).toMatch(/^More than one member state/);
    expect(value(fields, 'dora.bcp')).toBe('to be filled in');
    const unclassified = input({
      assessment: { ...assessment(), dora: { major: 'unknown', classified_at: null, criteria: [] } },
    });
    const nl = draftFields('dora_initial', unclassified, 'nl');
    expect(value(nl, 'dora.classified_at')).toBe('nog niet bekend');
    expect(value(nl, 'dora.criteria')).toBe('nog niet bekend');
    expect(value(nl, 'dora.lei')).toBe('nog in te vullen');
  });

  it('the intermediate report follows the initial one, the final report the last intermediate one', () => {
    const submissions: DraftInput['submissions'] = [
      { kind: 'dora_initial', submitted_at: '2027-05-10T12:00:00.000Z', reference: 'DNB-1' },
      { kind: 'dora_intermediate', submitted_at: '2027-05-13T12:00:00.000Z', reference: 'DNB-2' },
      { kind: 'dora_intermediate', submitted_at: '2027-05-15T12:00:00.000Z', reference: 'DNB-3' },
    ];
    expect(
      value(draftFields('dora_intermediate', input({ submissions }), 'en'), 'notification.previous'),
    ).toMatch(/DNB-1, submitted on 10 May 2027/);
    const final = draftFields('dora_final', input({ submissions }), 'en');
    expect(value(final, 'notification.previous')).toMatch(/DNB-3, submitted on 15 May 2027/);
    expect(value(final, 'dora.costs')).toBe('to be filled in');
    expect(final.find((f) => f.key === 'mitigation.applied')?.label).toBe('How the incident was resolved');
  });
});
