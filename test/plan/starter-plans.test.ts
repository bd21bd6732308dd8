// The Dutch and English starter plans: valid, complete, and written the way the reference asks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phases, standardRoles, validatePlanYaml, type Plan } from '../../src/core/plan/index.js';

function load(lang: 'nl' | 'en'): Plan {
  const result = validatePlanYaml(readFileSync(`plans/starter-${lang}.yaml`, 'utf8'), lang);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.plan;
}

const audienceIds = [
  'employees',
  'customers',
  'partners',
  'press',
  'regulators',
  'board',
  'response_team',
  'data_subjects',
];
const scenarioIds = [
  'ransomware',
  'data_breach',
  'phishing_account_takeover',
  'network_intrusion',
  'ddos_outage',
];
/** Words the reference says never to use towards employees, customers, partners, the press or data subjects. */
const jargon =
  /ransomware|encrypt|versleutel|malware|exfiltr|lateral|payload|\bIOCs?\b|\bC2\b|\bEDR\b|krbtgt|DDoS|phishing/i;
const plainAudiences = new Set(['employees', 'customers', 'partners', 'press', 'data_subjects']);

describe.each(['nl', 'en'] as const)('starter plan %s', (lang) => {
  const plan = load(lang);
  const texts = (p: Plan) => [
    ...p.roles.flatMap((r) => [r.name, r.description ?? '']),
    ...p.scenarios.flatMap((s) => [
      s.name,
      s.description,
      ...s.detection_hints,
      ...phases.flatMap((ph) => s.phases[ph].flatMap((t) => [t.title, t.caution ?? ''])),
      ...(s.employee_guidance?.do ?? []),
      ...(s.employee_guidance?.dont ?? []),
    ]),
  ];

  it('validates with zero errors and is in its own language', () => {
    expect(plan.organisation.language).toBe(lang);
    const foreign = lang === 'nl' ? /\b(the|and|with|should|you)\b/i : /\b(het|een|niet|wordt|naar|voor)\b/i;
    expect(texts(plan).filter((t) => foreign.test(t))).toEqual([]);
  });

  it('has the eight standard roles, each with a primary, deputies and what it may approve', () => {
    expect(plan.roles.map((r) => r.id)).toEqual([...standardRoles]);
    for (const role of plan.roles.filter((r) => r.id !== 'scribe')) {
      expect(role.deputies.length, role.id).toBeGreaterThan(0);
      expect(role.may_approve.length, role.id).toBeGreaterThan(0);
    }
  });

  it('marks its people as examples to replace', () => {
    const marker = lang === 'nl' ? '(voorbeeld)' : '(example)';
    for (const person of plan.people) {
      expect(person.name).toContain(marker);
      expect(person.email).toMatch(/@example\.org$/);
      expect(person.phone).toMatch(/^\+31 6 /);
    }
  });

  it('lists the external contacts a crisis needs, with the Dutch police and authorities', () => {
    const kinds = new Set(plan.contacts.map((c) => c.kind));
    for (const kind of [
      'insurer',
      'outside_counsel',
      'forensics',
      'hosting',
      'police',
      'supervisory_authority',
      'csirt',
    ])
      expect(kinds, kind).toContain(kind);
    expect(plan.contacts.find((c) => c.kind === 'police')?.phone).toBe('0900-8844');
    expect(plan.contacts.find((c) => c.kind === 'supervisory_authority')?.organisation).toContain(
      'Autoriteit Persoonsgegevens',
    );
    expect(plan.contacts.find((c) => c.kind === 'csirt')?.notes).toContain('Z-CERT');
  });

  it('has four severities with criteria and a cadence, and services with what shutting them down costs', () => {
    expect(plan.severities.map((s) => s.id)).toEqual(['sev1', 'sev2', 'sev3', 'sev4']);
    for (const s of plan.severities) expect(Object.keys(s.cadence).length, s.id).toBeGreaterThan(0);
    expect(plan.services.length).toBeGreaterThanOrEqual(5);
    expect(plan.services.some((s) => s.criticality === 'critical' && s.public)).toBe(true);
  });

  it("has the eight audiences with the reference's approval chains", () => {
    expect(plan.audiences.map((a) => a.id)).toEqual(audienceIds);
    const chain = (id: string) => plan.audiences.find((a) => a.id === id)?.approval_chain;
    expect(chain('employees')).toEqual(['communications_lead']);
    expect(chain('customers')).toEqual(['communications_lead', 'legal']);
    expect(chain('partners')).toEqual(['communications_lead', 'legal']);
    expect(chain('press')).toEqual(['communications_lead', 'legal', 'management']);
    expect(chain('regulators')).toEqual(['privacy_officer', 'legal']);
    expect(chain('board')).toEqual(['incident_commander']);
    expect(chain('data_subjects')).toEqual(['communications_lead', 'legal', 'privacy_officer']);
  });

  it('works out the five scenarios: tasks in every phase, cautions in containment, templates per audience', () => {
    expect(plan.scenarios.map((s) => s.id)).toEqual(scenarioIds);
    for (const s of plan.scenarios) {
      for (const phase of phases)
        expect(s.phases[phase].length, `${s.id} ${phase}`).toBeGreaterThanOrEqual(3);
      expect(s.phases.containment.filter((t) => t.caution).length, s.id).toBeGreaterThan(0);
      expect(s.detection_hints.length, s.id).toBeGreaterThanOrEqual(4);
      for (const audience of s.audiences)
        expect(
          s.templates.filter((t) => t.audience === audience).length,
          `${s.id} ${audience}`,
        ).toBeGreaterThan(0);
    }
  });

  it('tells the ransomware responders to keep evidence, weigh the cost of shutting down, and not to pay alone', () => {
    const ransomware = plan.scenarios.find((s) => s.id === 'ransomware')!;
    const containment = ransomware.phases.containment.map((t) => `${t.title} ${t.caution ?? ''}`).join('\n');
    const words =
      lang === 'nl'
        ? [/bewijs/, /kost/, /geen losgeld/i, /advocaat en verzekeraar/]
        : [/evidence/, /cost/, /not pay a ransom/i, /counsel and the insurer/];
    for (const word of words) expect(containment).toMatch(word);
    const recovery = ransomware.phases.recovery.map((t) => t.title).join('\n');
    expect(recovery).toMatch(lang === 'nl' ? /schone, gecontroleerde back-ups/ : /clean, verified backups/);
  });

  it('writes to employees, customers, partners, the press and data subjects without jargon', () => {
    const offending = plan.scenarios.flatMap((s) =>
      s.templates
        .filter((t) => plainAudiences.has(t.audience) && jargon.test(`${t.subject}\n${t.body}`))
        .map((t) => `${s.id}/${t.id}: ${jargon.exec(`${t.subject}\n${t.body}`)?.[0]}`),
    );
    expect(offending).toEqual([]);
  });

  it('tells employees what to do and not to do in every scenario, in plain words', () => {
    for (const s of plan.scenarios) {
      const guidance = s.employee_guidance;
      expect(guidance, s.id).toBeDefined();
      for (const list of [guidance!.do, guidance!.dont]) {
        expect(list.length, s.id).toBeGreaterThanOrEqual(3);
        expect(list.length, s.id).toBeLessThanOrEqual(6);
        expect(
          list.filter((t) => jargon.test(t)),
          s.id,
        ).toEqual([]);
      }
      // Every "don't" is said as one: "Do not ..." or "Zet ... niet ...", never a bare instruction.
      const negation = lang === 'nl' ? /\b(niet|geen|niets)\b/ : /^Do not /;
      expect(
        guidance!.dont.filter((t) => !negation.test(t)),
        s.id,
      ).toEqual([]);
    }
  });

  it('names the press contact and who gets email: the staff list, the crisis team, the board', () => {
    const lead = plan.roles.find((r) => r.id === 'communications_lead')!;
    const spokesperson = plan.people.find((p) => p.id === lead.primary)!;
    expect(plan.organisation.press_contact).toEqual({
      name: spokesperson.name,
      email: spokesperson.email,
      phone: spokesperson.phone,
    });
    const recipients = (id: string) => plan.audiences.find((a) => a.id === id)?.recipients ?? [];
    expect(recipients('employees')).toEqual([
      expect.objectContaining({ email: expect.stringMatching(/@example\.org$/), language: lang }),
    ]);
    expect(recipients('response_team').map((r) => r.person)).toEqual(plan.people.map((p) => p.id));
    expect(recipients('board')[0]?.person).toBe(plan.roles.find((r) => r.id === 'management')?.primary);
    expect(recipients('customers')).toEqual([]);
    for (const audience of plan.audiences) {
      expect(audience.chat, audience.id).toBeUndefined();
      expect(audience.webhooks, audience.id).toBeUndefined();
    }
    expect(plan.jargon?.[lang]?.length).toBeGreaterThanOrEqual(2);
  });

  it('says in every holding statement to customers and employees when the next update comes', () => {
    for (const s of plan.scenarios)
      for (const t of s.templates.filter(
        (t) => t.kind === 'holding' && ['customers', 'employees'].includes(t.audience),
      ))
        expect(t.body, `${s.id}/${t.id}`).toContain('{{next_update}}');
  });
});

it('uses the same ids in both languages, so exercises and links work with either', () => {
  const ids = (p: Plan) => ({
    roles: p.roles.map((r) => r.id),
    audiences: p.audiences.map((a) => a.id),
    severities: p.severities.map((s) => s.id),
    services: p.services.map((s) => s.id),
    scenarios: p.scenarios.map((s) => s.id),
  });
  expect(ids(load('nl'))).toEqual(ids(load('en')));
});

it('holds English templates for English-speaking customers in the Dutch plan', () => {
  const nl = load('nl');
  expect(nl.audiences.find((a) => a.id === 'customers')?.languages).toEqual(['nl', 'en']);
  const ransomware = nl.scenarios.find((s) => s.id === 'ransomware')!;
  expect(ransomware.templates.filter((t) => t.audience === 'customers').map((t) => t.language)).toContain(
    'en',
  );
});
