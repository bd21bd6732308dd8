// The after-action report of an exercise as a document (sections of blocks), rendered to Markdown and PDF by the
// same code as the incident report: the summary and score, the objectives, each expectation with its deadline, when
// it was done and its outcome, the injects as they fired, the facilitator's notes, the participants' feedback and
// the improvement plan, with the late and missed expectations not yet in it.
import type { Language } from '../api/common.js';
import type { Exercise, Feedback } from '../api/exercises.js';
import type { ReportBlock, ReportDocument, ReportSection } from '../evaluation/report-document.js';
import { formatDateTime } from '../format-time.js';
import { t } from '../i18n/index.js';

export interface ExerciseReportInput {
  language: Language;
  organisation: string;
  generatedAt: string;
  /** The exercise as its facilitator sees it (every inject, expectation and note). */
  exercise: Exercise;
  scenarioName: string;
  feedback: { items: Feedback[]; average_rating: number | null };
  actions: Array<{ title: string; owner: string; due_on: string | null; expectation_id: string | null }>;
}

/** Exercise time as `+H:MM` from the start. */
export function exerciseClock(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  return `+${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function exerciseReport(input: ExerciseReportInput): ReportDocument {
  const lang = input.language;
  const w = (key: string, params?: Record<string, string | number>) =>
    t(lang, `exercise_report.${key}`, params);
  const { exercise: x } = input;
  const score = x.score;
  const sections: ReportSection[] = [];

  sections.push({
    heading: w('score'),
    blocks: [
      {
        kind: 'paragraph',
        text:
          score.percent === null
            ? w('none')
            : w('score_line', {
                percent: score.percent,
                met: score.met,
                late: score.late,
                missed: score.missed,
                pending: score.pending,
                total: score.total,
              }),
      },
    ],
  });
  sections.push({
    heading: w('objectives'),
    blocks: [{ kind: 'list', items: x.objectives.map((o) => o.description) }],
  });
  sections.push({
    heading: w('expectations'),
    blocks: [
      {
        kind: 'table',
        columns: [w('col_expectation'), w('col_deadline'), w('col_done'), w('col_outcome')],
        widths: [0.55, 0.13, 0.13, 0.19],
        rows: x.expectations.map((e) => [
          e.description,
          exerciseClock(e.deadline_ms),
          e.met_ms === null ? '' : exerciseClock(e.met_ms),
          w(`outcome.${e.outcome}`),
        ]),
        strong: x.expectations.map((e) => e.outcome === 'missed' || e.outcome === 'late'),
      },
    ],
  });
  sections.push({
    heading: w('injects'),
    blocks: [
      {
        kind: 'list',
        items: x.injects.map((i) => {
          const line = w('inject_line', {
            time: exerciseClock(i.fired_ms ?? i.due_ms),
            title: i.title,
            to: i.to.join(', '),
          });
          const tags = [
            ...(i.fired ? [] : [w('not_fired')]),
            ...(i.early ? [w('early')] : []),
            ...(i.ad_hoc ? [w('ad_hoc')] : []),
          ];
          return tags.length > 0 ? `${line}: ${tags.join(', ')}` : line;
        }),
      },
    ],
  });
  sections.push({
    heading: w('notes'),
    blocks:
      x.notes.length === 0
        ? [{ kind: 'paragraph', text: w('none') }]
        : [
            {
              kind: 'fields',
              items: x.notes.map((n) => ({
                label: `${exerciseClock(n.exercise_ms)}${n.author_name ? ` (${n.author_name})` : ''}`,
                value: n.text,
              })),
            },
          ],
  });
  const feedbackBlocks: ReportBlock[] =
    input.feedback.items.length === 0
      ? [{ kind: 'paragraph', text: w('none') }]
      : [
          {
            kind: 'paragraph',
            text: w('feedback_average', {
              average: String(input.feedback.average_rating ?? ''),
              count: input.feedback.items.length,
            }),
          },
          ...input.feedback.items.flatMap((f): ReportBlock[] => [
            { kind: 'subheading', text: `${f.author_name ?? ''} (${f.rating}/5)`.trim() },
            {
              kind: 'fields',
              items: [
                ...(f.went_well ? [{ label: w('went_well'), value: f.went_well }] : []),
                ...(f.to_improve ? [{ label: w('to_improve'), value: f.to_improve }] : []),
              ],
            },
          ]),
        ];
  sections.push({ heading: w('feedback'), blocks: feedbackBlocks });
  const covered = new Set(input.actions.map((a) => a.expectation_id));
  const open = x.expectations.filter(
    (e) => (e.outcome === 'late' || e.outcome === 'missed') && !covered.has(e.id),
  );
  sections.push({
    heading: w('actions'),
    blocks: [
      input.actions.length === 0
        ? { kind: 'paragraph', text: w('none') }
        : {
            kind: 'list',
            items: input.actions.map((a) =>
              w('action_line', { title: a.title, owner: a.owner, due: a.due_on ?? w('no_due') }),
            ),
          },
      ...(open.length > 0
        ? ([
            { kind: 'subheading', text: w('suggested') },
            { kind: 'list', items: open.map((e) => `${e.description} (${w(`outcome.${e.outcome}`)})`) },
          ] as ReportBlock[])
        : []),
    ],
  });

  const when = (iso: string) => formatDateTime(iso, lang);
  return {
    title: w('title', { title: x.title }),
    banners: [w('mark')],
    meta: [
      { label: w('scenario'), value: input.scenarioName },
      { label: w('facilitator'), value: x.facilitator.name ?? '' },
      { label: w('started'), value: when(x.started_at) },
      { label: w('ended'), value: x.ended_at ? when(x.ended_at) : w('not_ended') },
      { label: w('speed'), value: `×${x.speed}` },
      { label: w('incident'), value: x.incident?.reference ?? w('no_incident') },
    ],
    sections,
    header: {
      left: `${input.organisation} · ${w('title', { title: x.title })}`,
      right: t(lang, 'exercise.mark'),
    },
    footnote: w('mark'),
    pageLabel: (page, pages) => w('page', { page, pages }),
  };
}
