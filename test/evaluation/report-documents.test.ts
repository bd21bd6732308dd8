// The incident report and the board summary from a constructed incident: the Markdown checked against a reviewed
// snapshot and for its facts, escaping, and the PDFs read back (pdf-parse) in Dutch and English, the board summary
// always one page.
import { describe, expect, it } from 'vitest';
import {
  executiveReportMarkdown,
  incidentReportMarkdown,
} from '../../src/core/evaluation/report-markdown.js';
import { formatDuration } from '../../src/core/evaluation/report-words.js';
import {
  renderExecutiveReportPdf,
  renderIncidentReportPdf,
} from '../../src/documents/incident-report-pdf.js';
import { pdfText } from '../support/pdf.js';
import { reportInput } from './report-fixture.js';

// pdf.js puts spaces and line breaks where the layout has them; compare words, not whitespace.
const flat = (s: string) => s.replace(/\s+/g, ' ');
const pages = (text: string) => Number(/(?:Page|Pagina) 1 (?:of|van) (\d+)/.exec(text)?.[1]);

describe('incident report (Markdown)', () => {
  it('matches the reviewed English report, section by section', async () => {
    await expect(incidentReportMarkdown(reportInput())).toMatchFileSnapshot('./__snapshots__/report-en.md');
  });

  it('matches the reviewed Dutch board summary', async () => {
    await expect(executiveReportMarkdown(reportInput({ language: 'nl' }))).toMatchFileSnapshot(
      './__snapshots__/report-executive-nl.md',
    );
  });

  it('says what happened, how fast, what each audience heard, every duty and its result, in Amsterdam time', () => {
    const md = incidentReportMarkdown(reportInput());
    for (const words of [
      '# Incident report: Ransomware on the billing servers',
      // 07:40 UTC is 09:40 in Amsterdam in May (summer time).
      '- **First signal**: 10 May 2027 at 09:40 CEST',
      '- **Time to detect**: 25 minutes',
      '- **Time to contain**: 1 day 3 hours',
      'The incident went back to an earlier phase',
      '| Staff | 5 of 6 | 83% |',
      '| **11 May 2027 at 22:00 CEST** | **Pinned: Went back to containment: A second server was found encrypted.** | **Łukasz Yılmaz** |',
      '### Customers (external)',
      '**10 May 2027 at 13:05 CEST: Invoices delayed**',
      'Met: 22 hours before the deadline',
      'Missed: submitted 3 hours 30 minutes late',
      'Not required: The data was encrypted at rest; no risk to people.',
      'The review was held and finished on 14 May 2027 at 16:00 CEST.',
      '| Write a customer template for billing outages | Anna de Vries | 1 June 2027 | Done, in plan version 4 | templates |',
      '| Test restores every month | Łukasz Yılmaz | 15 May 2027 | Open, overdue | — |',
    ])
      expect(md).toContain(words);
    // Sections in the order a reader expects.
    const order = [
      '## Summary',
      '## How fast',
      '## Timeline',
      '## Decisions',
      '## What each audience',
      '## Legal duties',
      '## Review',
      '## Action items',
    ];
    const at = order.map((h) => md.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('in Dutch, with Dutch words, dates and durations', () => {
    const md = incidentReportMarkdown(reportInput({ language: 'nl' }));
    for (const words of [
      '# Incidentrapport: Ransomware on the billing servers',
      '- Uitgeroepen: 10 mei 2027 om 10:05 CEST',
      '- **Tijd tot inperking**: 1 dag 3 uur',
      '## Wat elke doelgroep te horen kreeg, en wanneer',
      'Niet gehaald: 3 uur 30 minuten te laat ingediend',
      'Klaar, in planversie 4',
    ])
      expect(md).toContain(words);
    expect(md).not.toContain('Time to');
  });

  it('keeps text people typed as text: no headings, links or HTML from a decision or a message', () => {
    const md = incidentReportMarkdown(
      reportInput({
        decisions: [
          {
            at: '2027-05-10T09:00:00.000Z',
            title: '# Pay <script>alert(1)</script>',
            rationale: '- not a list\n[click](https://evil.example)',
            alternatives: null,
            businessImpact: null,
            decidedBy: null,
          },
        ],
      }),
    );
    expect(md).toContain('### 10 May 2027 at 11:00 CEST: \\# Pay \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\- not a list');
    expect(md).toContain('\\[click\\](https://evil.example)');
    expect(md).not.toContain('<script>');
  });

  it('marks an exercise and a need-to-know incident at the top; says what is not reached yet', () => {
    const base = reportInput();
    const md = incidentReportMarkdown(
      reportInput({
        incident: {
          ...base.incident,
          exercise: true,
          restricted: true,
          phase: 'containment',
          closedAt: null,
        },
        metrics: { ...base.metrics, timeToRecoverMs: null, totalDurationMs: null, wentBack: false },
        review: null,
      }),
    );
    expect(md).toContain('> **EXERCISE: this incident was an exercise');
    expect(md).toContain('> **Need to know: this incident is restricted');
    expect(md).toContain('- Status: Open, in containment');
    expect(md).toContain('- **Time to recover**: not reached');
    expect(md).toContain('The review has not been finished.');
    const skipped = incidentReportMarkdown(
      reportInput({
        review: {
          ...base.review!,
          status: 'skipped',
          reason: 'A false alarm: nothing to learn.',
          finishedAt: null,
        },
      }),
    );
    expect(skipped).toContain('The review was skipped: A false alarm: nothing to learn.');
    expect(md).not.toContain('went back');
  });

  it('writes durations as people say them', () => {
    expect(formatDuration(20_000, 'en')).toBe('less than a minute');
    expect(formatDuration(60_000, 'en')).toBe('1 minute');
    expect(formatDuration(3_600_000, 'nl')).toBe('1 uur');
    expect(formatDuration((2 * 24 + 5) * 3_600_000 + 7 * 60_000, 'en')).toBe('2 days 5 hours');
    expect(formatDuration(90 * 60_000, 'nl')).toBe('1 uur 30 minuten');
  });
});

describe('incident report (PDF)', () => {
  it('holds the same facts as the Markdown, with page numbers and the incident on every page', async () => {
    const pdf = await renderIncidentReportPdf(reportInput());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(await pdfText(pdf));
    for (const words of [
      'Incident report: Ransomware on the billing servers',
      'First signal: 10 May 2027 at 09:40 CEST',
      'Time to contain: 1 day 3 hours',
      'Pinned: Went back to containment: A second server was found encrypted.',
      'Take billing offline',
      'Customers (external)',
      'Invoices delayed',
      'AP-2027-123456',
      'Missed: submitted 3 hours 30 minutes late',
      'Staff heard it from us first; customers waited three hours.',
      'Test restores every month',
      'Łukasz Yılmaz',
    ])
      expect(text).toContain(words);
    const n = pages(text);
    expect(n).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= n; p++) expect(text).toContain(`Page ${p} of ${n}`);
    expect(text.split('INC-2027-0007').length - 1).toBeGreaterThanOrEqual(n);
  });

  it('in Dutch', async () => {
    const text = flat(await pdfText(await renderIncidentReportPdf(reportInput({ language: 'nl' }))));
    for (const words of [
      'Incidentrapport',
      'Tijd tot herstel: 2 dagen 3 uur',
      'Wettelijke plichten',
      'Gehaald: 22 uur voor de termijn',
      'Pagina 1 van',
    ])
      expect(text).toContain(words);
  });

  it('a long timeline runs over pages and loses nothing', async () => {
    const base = reportInput();
    const timeline = Array.from({ length: 120 }, (_, i) => ({
      at: new Date(Date.parse('2027-05-10T08:05:00.000Z') + i * 600_000).toISOString(),
      kind: 'note' as const,
      params: { text: `Observation number ${i + 1} from the floor.` },
      actor: 'Anna de Vries',
      pinned: i % 10 === 0,
    }));
    const text = flat(await pdfText(await renderIncidentReportPdf({ ...base, timeline })));
    expect(pages(text)).toBeGreaterThanOrEqual(4);
    for (const i of [1, 60, 120]) expect(text).toContain(`Observation number ${i} from the floor.`);
    expect(text).toContain('Test restores every month');
  });
});

describe('board summary (PDF)', () => {
  it('one page with what happened, the response times, the duties and the improvements', async () => {
    const text = flat(await pdfText(await renderExecutiveReportPdf(reportInput())));
    for (const words of [
      'Board summary: Ransomware on the billing servers',
      'Billing servers were encrypted by ransomware after a phishing mail.',
      'Time to detect 25 minutes',
      'Updates sent on cadence 70%',
      'Deadlines met: 1. Deadlines missed: 1.',
      'Action items: 2, of which 1 still open.',
      'Test restores monthly. Keep a customer template ready.',
      'Page 1 of 1',
    ])
      expect(text).toContain(words);
  });

  it('stays one page however much there is to say, and points to the full report', async () => {
    const base = reportInput();
    const long = 'The attackers moved through the network over several days before anyone noticed. '.repeat(
      40,
    );
    const actionItems = Array.from({ length: 30 }, (_, i) => ({
      ...base.actionItems[1]!,
      title: `Improvement ${i + 1}: ${long.slice(0, 150)}`,
    }));
    const obligations = Array.from({ length: 8 }, () => base.obligations[1]!);
    const incident = { ...base.incident, exercise: true, restricted: true };
    for (const language of ['en', 'nl'] as const) {
      const input = reportInput({
        language,
        summary: { ...base.summary!, whatHappened: long, affected: long },
        review: { ...base.review!, lessons: long },
        actionItems,
        obligations,
        incident,
      });
      const text = flat(await pdfText(await renderExecutiveReportPdf(input)));
      expect(text).toContain(language === 'en' ? 'Page 1 of 1' : 'Pagina 1 van 1');
      expect(text).toContain(
        language === 'en' ? 'and 27 more in the full report' : 'en nog 27 in het volledige rapport',
      );
      // The duties are counted too, and the pointer to the full report stays at the foot of the page.
      expect(text).toContain(
        language === 'en'
          ? 'Deadlines met: 0. Deadlines missed: 8.'
          : 'Termijnen gehaald: 0. Termijnen niet gehaald: 8.',
      );
      expect(text).toContain(
        language === 'en'
          ? 'The full incident report holds the timeline'
          : 'Het volledige incidentrapport bevat de tijdlijn',
      );
      expect(text).toContain(language === 'en' ? 'Lessons' : 'Lessen');
      expect(text).toContain('…');
      expect(executiveReportMarkdown(input)).toContain(
        language === 'en'
          ? 'Action items: 30, of which 30 still open.'
          : 'Verbeteracties: 30, waarvan 30 nog open.',
      );
    }
  });
});
