// The incident report as a document: sections of headed blocks, in words, built once from a ReportInput and drawn
// by the Markdown and PDF renderers, so both formats say exactly the same.
import { t } from '../i18n/index.js';
import type { ReportInput, ReportMoment } from './report-input.js';
import { dateOnly, dutyName, dutyResult, durationOrDash, percent, statusLine, when } from './report-words.js';

export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'subheading'; text: string }
  /** Labelled values; `compact` ones are short (a time, a duration) and sit on one line with their label. */
  | { kind: 'fields'; items: Array<{ label: string; value: string }>; compact?: boolean }
  | { kind: 'list'; items: string[] }
  /** `widths` are shares of the line for the PDF; the first column is never wrapped in Markdown. */
  | { kind: 'table'; columns: string[]; widths: number[]; rows: string[][]; strong?: boolean[] };

export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  title: string;
  /** A line in a box under the title: an exercise, or need-to-know. */
  banners: string[];
  meta: Array<{ label: string; value: string }>;
  sections: ReportSection[];
  /** The running header: organisation, document and incident reference. */
  header: { left: string; right: string };
  /** A line at the foot of every page (and at the end of the Markdown). */
  footnote?: string;
  /** Page x of y, in the language. */
  pageLabel: (page: number, pages: number) => string;
}

export function documentFrame(input: ReportInput, title: string, kind: string): ReportDocument {
  const lang = input.language;
  const { incident } = input;
  const banners: string[] = [];
  if (incident.exercise) banners.push(t(lang, 'report.banner.exercise'));
  if (incident.restricted) banners.push(t(lang, 'report.banner.restricted'));
  return {
    title,
    banners,
    meta: [
      { label: t(lang, 'report.meta.organisation'), value: input.organisation },
      { label: t(lang, 'report.meta.incident'), value: incident.reference },
      { label: t(lang, 'report.meta.scenario'), value: incident.scenario },
      { label: t(lang, 'report.meta.severity'), value: incident.severity },
      { label: t(lang, 'report.meta.declared'), value: when(input, incident.declaredAt) },
      { label: t(lang, 'report.meta.status'), value: statusLine(input) },
      { label: t(lang, 'report.meta.generated'), value: when(input, input.generatedAt) },
    ],
    sections: [],
    header: { left: `${input.organisation} · ${kind}`, right: incident.reference },
    pageLabel: (page, pages) => t(lang, 'report.page', { page, pages }),
  };
}

/** The full report: summary, metrics, timeline, decisions, communication, duties, review, action items. */
export function incidentReport(input: ReportInput): ReportDocument {
  const lang = input.language;
  const doc = documentFrame(
    input,
    t(lang, 'report.title', { title: input.incident.title }),
    t(lang, 'report.kind.full'),
  );
  doc.sections.push(
    summarySection(input),
    metricsSection(input),
    timelineSection(input),
    decisionsSection(input),
    communicationSection(input),
    obligationsSection(input),
    reviewSection(input),
    actionItemsSection(input),
  );
  return doc;
}

function summarySection(input: ReportInput): ReportSection {
  const lang = input.language;
  const blocks: ReportBlock[] = [];
  const s = input.summary;
  if (s) {
    const items = [
      { label: t(lang, 'report.summary.what_happened'), value: s.whatHappened },
      { label: t(lang, 'report.summary.affected'), value: s.affected },
      { label: t(lang, 'report.summary.actions'), value: s.actions },
      { label: t(lang, 'report.summary.advice'), value: s.advice },
    ].filter((i) => i.value.trim());
    blocks.push({ kind: 'fields', items });
  } else blocks.push({ kind: 'note', text: t(lang, 'report.summary.none') });
  const i = input.incident;
  const moments = [
    {
      label: t(lang, 'report.summary.first_signal'),
      value: i.firstSignalAt ? when(input, i.firstSignalAt) : '',
    },
    { label: t(lang, 'report.summary.awareness'), value: when(input, i.awarenessAt) },
    { label: t(lang, 'report.summary.declared'), value: when(input, i.declaredAt) },
    { label: t(lang, 'report.summary.closed'), value: i.closedAt ? when(input, i.closedAt) : '' },
  ].filter((m) => m.value);
  blocks.push({ kind: 'fields', items: moments, compact: true });
  if (input.roles.length) {
    blocks.push({ kind: 'subheading', text: t(lang, 'report.summary.team') });
    blocks.push({ kind: 'list', items: input.roles.map((r) => `${r.role}: ${r.name}`) });
  }
  if (input.services.length) {
    blocks.push({ kind: 'subheading', text: t(lang, 'report.summary.services') });
    blocks.push({
      kind: 'list',
      items: input.services.map((s) => `${s.name}: ${t(lang, `legal.draft.service.${s.state}`)}`),
    });
  }
  return { heading: t(lang, 'report.section.summary'), blocks };
}

export function metricFields(input: ReportInput): Array<{ label: string; value: string }> {
  const lang = input.language;
  const m = input.metrics;
  return [
    { label: t(lang, 'report.metric.detect'), value: durationOrDash(m.timeToDetectMs, lang) },
    { label: t(lang, 'report.metric.contain'), value: durationOrDash(m.timeToContainMs, lang) },
    { label: t(lang, 'report.metric.recover'), value: durationOrDash(m.timeToRecoverMs, lang) },
    { label: t(lang, 'report.metric.total'), value: durationOrDash(m.totalDurationMs, lang) },
    { label: t(lang, 'report.metric.first_internal'), value: durationOrDash(m.firstInternalUpdateMs, lang) },
    { label: t(lang, 'report.metric.first_external'), value: durationOrDash(m.firstExternalUpdateMs, lang) },
  ];
}

function metricsSection(input: ReportInput): ReportSection {
  const lang = input.language;
  const blocks: ReportBlock[] = [
    { kind: 'note', text: t(lang, 'report.metrics.explained') },
    { kind: 'fields', items: metricFields(input), compact: true },
  ];
  if (input.metrics.wentBack) blocks.push({ kind: 'note', text: t(lang, 'report.metrics.went_back') });
  if (input.metrics.cadence.some((c) => c.total > 0)) {
    blocks.push({ kind: 'subheading', text: t(lang, 'report.metrics.cadence') });
    blocks.push({
      kind: 'table',
      columns: [
        t(lang, 'report.col.audience'),
        t(lang, 'report.col.on_cadence'),
        t(lang, 'report.col.share'),
      ],
      widths: [0.5, 0.3, 0.2],
      rows: input.metrics.cadence
        .filter((c) => c.total > 0)
        .map((c) => [
          c.audience,
          t(lang, 'report.metrics.of', { part: c.onCadence, whole: c.total }),
          c.total ? percent(lang, c.onCadence, c.total) : '—',
        ]),
    });
  }
  return { heading: t(lang, 'report.section.metrics'), blocks };
}

export function momentText(lang: ReportInput['language'], m: ReportMoment): string {
  return t(lang, `report.moment.${m.kind}`, m.params);
}

function timelineSection(input: ReportInput): ReportSection {
  const lang = input.language;
  if (!input.timeline.length)
    return {
      heading: t(lang, 'report.section.timeline'),
      blocks: [{ kind: 'note', text: t(lang, 'report.none') }],
    };
  return {
    heading: t(lang, 'report.section.timeline'),
    blocks: [
      { kind: 'note', text: t(lang, 'report.timeline.explained') },
      {
        kind: 'table',
        columns: [t(lang, 'report.col.when'), t(lang, 'report.col.what'), t(lang, 'report.col.who')],
        widths: [0.27, 0.53, 0.2],
        rows: input.timeline.map((m) => [
          when(input, m.at),
          `${m.pinned ? `${t(lang, 'report.timeline.pinned')} ` : ''}${momentText(lang, m)}`,
          m.actor ?? '—',
        ]),
        strong: input.timeline.map((m) => m.pinned),
      },
    ],
  };
}

function decisionsSection(input: ReportInput): ReportSection {
  const lang = input.language;
  const blocks: ReportBlock[] = [];
  for (const d of input.decisions) {
    blocks.push({ kind: 'subheading', text: `${when(input, d.at)}: ${d.title}` });
    blocks.push({
      kind: 'fields',
      items: [
        { label: t(lang, 'report.decision.rationale'), value: d.rationale },
        { label: t(lang, 'report.decision.alternatives'), value: d.alternatives ?? '' },
        { label: t(lang, 'report.decision.impact'), value: d.businessImpact ?? '' },
        { label: t(lang, 'report.decision.by'), value: d.decidedBy ?? '' },
      ].filter((f) => f.value.trim()),
    });
  }
  if (!blocks.length) blocks.push({ kind: 'note', text: t(lang, 'report.none') });
  return { heading: t(lang, 'report.section.decisions'), blocks };
}

function communicationSection(input: ReportInput): ReportSection {
  const lang = input.language;
  const blocks: ReportBlock[] = [];
  for (const a of input.communication.filter((x) => x.messages.length)) {
    const kind = t(lang, a.internal ? 'report.audience.internal' : 'report.audience.external');
    blocks.push({ kind: 'subheading', text: `${a.audience} (${kind})` });
    for (const msg of a.messages) {
      const mark = msg.correction ? ` (${t(lang, 'report.communication.correction')})` : '';
      blocks.push({
        kind: 'fields',
        items: [{ label: `${when(input, msg.publishedAt)}${mark}: ${msg.subject}`, value: msg.body }],
      });
    }
  }
  // Audiences that heard nothing are named once, together: a long list of empty headings says less.
  const silent = input.communication.filter((x) => !x.messages.length).map((x) => x.audience);
  if (silent.length)
    blocks.push({
      kind: 'note',
      text: t(lang, 'report.communication.nothing_to', { audiences: silent.join(', ') }),
    });
  if (!input.communication.length) blocks.push({ kind: 'note', text: t(lang, 'report.communication.none') });
  return { heading: t(lang, 'report.section.communication'), blocks };
}

function obligationsSection(input: ReportInput): ReportSection {
  const lang = input.language;
  if (!input.obligations.length)
    return {
      heading: t(lang, 'report.section.obligations'),
      blocks: [{ kind: 'note', text: t(lang, 'report.obligations.none') }],
    };
  return {
    heading: t(lang, 'report.section.obligations'),
    blocks: [
      {
        kind: 'table',
        columns: [
          t(lang, 'report.col.duty'),
          t(lang, 'report.col.deadline'),
          t(lang, 'report.col.submitted'),
          t(lang, 'report.col.result'),
        ],
        widths: [0.3, 0.2, 0.22, 0.28],
        rows: input.obligations.map((o) => [
          dutyName(lang, o.kind),
          o.dueAt ? when(input, o.dueAt) : '—',
          o.submittedAt
            ? `${when(input, o.submittedAt)}${o.reference ? ` (${t(lang, 'report.obligations.reference', { reference: o.reference })})` : ''}`
            : '—',
          dutyResult(input, o),
        ]),
      },
    ],
  };
}

export function reviewStatus(input: ReportInput): string {
  const lang = input.language;
  const r = input.review;
  if (!r || r.status === 'open') return t(lang, 'report.review.open');
  if (r.status === 'skipped') return t(lang, 'report.review.skipped', { reason: r.reason ?? '—' });
  return r.finishedAt
    ? t(lang, 'report.review.done_at', { at: when(input, r.finishedAt) })
    : t(lang, 'report.review.done');
}

function reviewSection(input: ReportInput): ReportSection {
  const lang = input.language;
  const r = input.review;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: reviewStatus(input) }];
  for (const c of r?.contributions ?? []) {
    blocks.push({ kind: 'subheading', text: c.name });
    blocks.push({
      kind: 'fields',
      items: [
        { label: t(lang, 'report.review.went_well'), value: c.wentWell.trim() || '—' },
        { label: t(lang, 'report.review.went_wrong'), value: c.wentWrong.trim() || '—' },
      ],
    });
  }
  blocks.push({ kind: 'subheading', text: t(lang, 'report.review.communication') });
  blocks.push({ kind: 'paragraph', text: r?.communicationAssessment?.trim() || '—' });
  blocks.push({ kind: 'subheading', text: t(lang, 'report.review.lessons') });
  blocks.push({ kind: 'paragraph', text: r?.lessons?.trim() || '—' });
  return { heading: t(lang, 'report.section.review'), blocks };
}

export function actionStatus(input: ReportInput, a: ReportInput['actionItems'][number]): string {
  const lang = input.language;
  const status = t(lang, `report.action.status.${a.status}`);
  if (a.planVersion !== null)
    return `${status}, ${t(lang, 'report.action.plan_version', { version: a.planVersion })}`;
  return a.overdue ? `${status}, ${t(lang, 'report.action.overdue')}` : status;
}

function actionItemsSection(input: ReportInput): ReportSection {
  const lang = input.language;
  if (!input.actionItems.length)
    return {
      heading: t(lang, 'report.section.actions'),
      blocks: [{ kind: 'note', text: t(lang, 'report.actions.none') }],
    };
  return {
    heading: t(lang, 'report.section.actions'),
    blocks: [
      {
        kind: 'table',
        columns: [
          t(lang, 'report.col.action'),
          t(lang, 'report.col.owner'),
          t(lang, 'report.col.due'),
          t(lang, 'report.col.status'),
          t(lang, 'report.col.plan_part'),
        ],
        widths: [0.32, 0.16, 0.16, 0.18, 0.18],
        rows: input.actionItems.map((a) => [
          a.title,
          a.owner ?? '—',
          a.dueDate ? dateOnly(input, a.dueDate) : '—',
          actionStatus(input, a),
          a.planPart ?? '—',
        ]),
      },
    ],
  };
}
