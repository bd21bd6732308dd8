// The notification draft as a PDF, read back with pdf-parse: the AP draft's words in Dutch and English, the
// organisation and incident on every page, DRAFT until it was submitted, then when and under which reference.
import { describe, expect, it } from 'vitest';
import { draftFields, draftTitle, type DraftInput } from '../../src/core/legal/drafts.js';
import { renderNotificationPdf } from '../../src/documents/notification-pdf.js';
import { pdfText } from '../support/pdf.js';

const input = (over: Partial<DraftInput> = {}): DraftInput => ({
  organisation: { name: 'Waterschap De Dijk' },
  contact: {
    name: 'Łukasz Yılmaz',
    email: 'privacy@dijk.example',
    phone: '+31 20 555 0101',
    role: 'Privacy officer',
  },
  authority: { organisation: 'Autoriteit Persoonsgegevens' },
  incident: {
    reference: 'INC-2027-0007',
    title: 'Ransomware on the billing servers',
    scenario: 'Ransomware',
    severity: 'Critical',
    phase: 'containment',
    awareness_at: '2027-05-10T08:00:00.000Z',
    declared_at: '2027-05-10T08:05:00.000Z',
    eta_at: null,
    personal_data: 'yes',
  },
  facts: {
    what_happened: 'Billing servers were encrypted by ransomware.',
    affected: 'Customers who pay by direct debit.',
    actions: 'Servers isolated; backups checked.',
    advice: 'Be wary of emails asking for payment.',
    expected_recovery: 'Within two days.',
  },
  assessment: {
    gdpr: {
      personal_data: 'yes',
      categories: ['financial'],
      subjects_min: 1200,
      subjects_max: 5000,
      records: 48000,
      encrypted: 'no',
      confidentiality: true,
      integrity: false,
      availability: false,
      consequences: 'Phishing using the stolen addresses.',
      risk: 'high',
      reasoning: 'Bank account numbers with names.',
    },
    nis2: { significant: 'no', criteria: [], malicious: 'yes', cross_border: 'no' },
    dora: { major: 'no', classified_at: null, criteria: [] },
  },
  services: [{ name: 'Billing', state: 'down' }],
  decisions: [],
  submissions: [],
  informed: [],
  now: '2027-05-11T08:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  ...over,
});

const meta = (language: 'nl' | 'en') => ({
  organisation: 'Waterschap De Dijk',
  reference: 'INC-2027-0007',
  generatedAt: '2027-05-11T08:00:00.000Z',
  language,
});

// pdf.js puts spaces and line breaks where the layout has them; compare words, not whitespace.
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('notification PDF', () => {
  it('the AP draft in Dutch: its sections and labels, the facts, marked CONCEPT', async () => {
    const pdf = await renderNotificationPdf(
      draftTitle('gdpr_authority', 'nl'),
      draftFields('gdpr_authority', input(), 'nl'),
      meta('nl'),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(await pdfText(pdf));
    for (const words of [
      'Melding van een datalek aan de toezichthouder',
      'CONCEPT',
      'Niet ingediend',
      '0. Over deze melding',
      '3. Gegevens over het datalek',
      'Aard van het datalek',
      'lezen of kopiëren (vertrouwelijkheid)',
      'Soort persoonsgegevens',
      'financiële gegevens',
      'Aantal betrokkenen: minimaal',
      '1200',
      '7. Gevolgen van het datalek',
      'Łukasz Yılmaz',
      'Waterschap De Dijk',
      'INC-2027-0007',
      '10 mei 2027 om 10:00 CEST',
      'Pagina 1 van',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('Submitted');
    expect(text).not.toContain('Ingediend op');
  });

  it('the AP draft in English, marked DRAFT', async () => {
    const pdf = await renderNotificationPdf(
      draftTitle('gdpr_authority', 'en'),
      draftFields('gdpr_authority', input(), 'en'),
      meta('en'),
    );
    const text = flat(await pdfText(pdf));
    for (const words of [
      'Notification of a personal data breach to the supervisory authority',
      'DRAFT',
      'Not submitted',
      'Nature of the breach',
      'read or copied (confidentiality)',
      'Kinds of personal data',
      'Number of people affected: at most',
      '5000',
      'Phishing using the stolen addresses.',
      '10 May 2027 at 10:00 CEST',
      'Page 1 of',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('CONCEPT');
  });

  it('once submitted: when and under which reference, and no DRAFT mark', async () => {
    const submitted = { at: '2027-05-11T10:00:00.000Z', reference: 'AP-2027-123456' };
    const en = flat(
      await pdfText(
        await renderNotificationPdf(
          draftTitle('gdpr_authority', 'en'),
          draftFields('gdpr_authority', input(), 'en'),
          { ...meta('en'), submitted },
        ),
      ),
    );
    expect(en).toContain('Submitted on 11 May 2027 at 12:00 CEST, reference AP-2027-123456');
    expect(en).not.toContain('DRAFT');
    expect(en).not.toContain('Not submitted');
    const nl = flat(
      await pdfText(
        await renderNotificationPdf(
          draftTitle('gdpr_authority', 'nl'),
          draftFields('gdpr_authority', input(), 'nl'),
          { ...meta('nl'), submitted },
        ),
      ),
    );
    expect(nl).toContain('Ingediend op 11 mei 2027 om 12:00 CEST, kenmerk AP-2027-123456');
    expect(nl).not.toContain('CONCEPT');
  });

  it('a long draft runs over pages, each with the organisation, the incident, the mark and its number', async () => {
    const long = 'The attackers moved through the network over several days. '.repeat(60);
    const facts = { ...input().facts!, what_happened: long, actions: long };
    const pdf = await renderNotificationPdf(
      draftTitle('gdpr_authority', 'en'),
      draftFields('gdpr_authority', input({ facts }), 'en'),
      meta('en'),
    );
    const text = flat(await pdfText(pdf));
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`);
    expect(text.split('Waterschap De Dijk').length - 1).toBeGreaterThanOrEqual(pages);
    expect(text.split('INC-2027-0007').length - 1).toBeGreaterThanOrEqual(pages);
    expect(text.split('DRAFT').length - 1).toBeGreaterThanOrEqual(pages);
    // Nothing after the last section is lost to the page breaks.
    expect(text).toContain('nothing to add yet');
  });
});
