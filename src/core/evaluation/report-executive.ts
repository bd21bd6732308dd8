// The executive version for the board: one page with what happened, how fast the organisation responded, whether
// it met its legal duties, and what it is improving. Long texts are shortened so it stays one page.
import { t } from '../i18n/index.js';
import type { ReportInput } from './report-input.js';
import {
  actionStatus,
  documentFrame,
  metricFields,
  reviewStatus,
  type ReportBlock,
  type ReportDocument,
} from './report-document.js';
import { dateOnly, dutyName, dutyResult, percent, shorten } from './report-words.js';

/** At most this many action items are listed; the rest are counted. */
export const EXECUTIVE_ACTION_ITEMS = 3;
/** At most this many legal duties are listed; the rest are counted. */
export const EXECUTIVE_DUTIES = 3;

export function executiveReport(input: ReportInput): ReportDocument {
  const lang = input.language;
  const doc = documentFrame(
    input,
    t(lang, 'report.executive.title', { title: input.incident.title }),
    t(lang, 'report.kind.executive'),
  );
  // The generation time is in the running header's document; the board needs the incident's own facts.
  doc.meta = doc.meta.filter((m) => m.label !== t(lang, 'report.meta.generated'));

  const s = input.summary;
  const happened: ReportBlock[] = s
    ? [
        { kind: 'paragraph', text: shorten(s.whatHappened, 300) },
        ...(s.affected.trim()
          ? [
              {
                kind: 'fields' as const,
                items: [{ label: t(lang, 'report.summary.affected'), value: shorten(s.affected, 120) }],
              },
            ]
          : []),
      ]
    : [{ kind: 'note', text: t(lang, 'report.summary.none') }];
  doc.sections.push({ heading: t(lang, 'report.executive.happened'), blocks: happened });

  // Response times, with the first updates, as one compact table of two columns.
  const m = input.metrics;
  const cadence = m.cadence.reduce((acc, c) => ({ on: acc.on + c.onCadence, total: acc.total + c.total }), {
    on: 0,
    total: 0,
  });
  const times = metricFields(input).map((f) => [f.label, f.value]);
  if (cadence.total)
    times.push([t(lang, 'report.executive.on_cadence'), percent(lang, cadence.on, cadence.total)]);
  doc.sections.push({
    heading: t(lang, 'report.executive.response'),
    blocks: [
      {
        kind: 'table',
        columns: [t(lang, 'report.col.measure'), t(lang, 'report.col.value')],
        widths: [0.6, 0.4],
        rows: times,
      },
    ],
  });
  if (m.wentBack)
    doc.sections.at(-1)!.blocks.push({ kind: 'note', text: t(lang, 'report.metrics.went_back') });

  const duties = input.obligations.filter((o) => o.status !== 'not_required' || o.notRequiredReasoning);
  const met = duties.filter((o) => o.met === true).length;
  const missed = duties.filter((o) => o.met === false).length;
  doc.sections.push({
    heading: t(lang, 'report.executive.duties'),
    blocks: duties.length
      ? [
          { kind: 'paragraph', text: t(lang, 'report.executive.duties_count', { met, missed }) },
          {
            kind: 'list',
            items: [
              ...duties
                .slice(0, EXECUTIVE_DUTIES)
                .map((o) => `${dutyName(lang, o.kind)}: ${shorten(dutyResult(input, o), 110)}`),
              ...(duties.length > EXECUTIVE_DUTIES
                ? [t(lang, 'report.executive.more_duties', { n: duties.length - EXECUTIVE_DUTIES })]
                : []),
            ],
          },
        ]
      : [{ kind: 'note', text: t(lang, 'report.obligations.none') }],
  });

  const items = input.actionItems;
  const open = items.filter((a) => a.status !== 'done' && a.status !== 'dropped').length;
  const improving: ReportBlock[] = [
    { kind: 'paragraph', text: reviewStatus(input) },
    { kind: 'paragraph', text: t(lang, 'report.executive.actions_count', { total: items.length, open }) },
  ];
  if (items.length)
    improving.push({
      kind: 'list',
      items: [
        ...items
          .slice(0, EXECUTIVE_ACTION_ITEMS)
          .map((a) =>
            [
              shorten(a.title, 55),
              a.owner,
              a.dueDate ? t(lang, 'report.executive.due', { date: dateOnly(input, a.dueDate) }) : null,
              actionStatus(input, a),
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        ...(items.length > EXECUTIVE_ACTION_ITEMS
          ? [t(lang, 'report.executive.more_actions', { n: items.length - EXECUTIVE_ACTION_ITEMS })]
          : []),
      ],
    });
  const lessons = input.review?.lessons?.trim();
  if (lessons)
    improving.push(
      { kind: 'subheading', text: t(lang, 'report.review.lessons') },
      { kind: 'paragraph', text: shorten(lessons, 240) },
    );
  doc.sections.push({ heading: t(lang, 'report.executive.improving'), blocks: improving });
  doc.footnote = t(lang, 'report.executive.footnote');
  return doc;
}
