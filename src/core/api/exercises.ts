// Request and response schemas of table-top exercises: the scripts, running an exercise (the facilitator's console),
// the participants' view, scoring, notes, feedback, the after-action report and its improvement actions.
//
// Routes (access level in brackets; [facilitator] = the account that started the exercise, or an admin; anyone
// else gets `exercise.not_facilitator`, 403):
//   GET    /api/v1/exercise-scripts                          [viewer]      -> ZScriptList (the built-in scripts)
//   GET    /api/v1/exercise-scripts/:scriptId                [viewer]      -> ZScriptDetail (its YAML and summary)
//   POST   /api/v1/exercise-scripts/validate                 [responder]   ZValidateScriptRequest -> ZScriptValidation
//                                                                           (checked against the plan in force)
//   GET    /api/v1/exercises                                 [viewer]      -> ZExerciseList (newest first, with scores)
//   POST   /api/v1/exercises                                 [responder]   ZStartExerciseRequest -> ZExercise (201)
//                                                                           (the caller becomes the facilitator)
//   GET    /api/v1/exercises/:exerciseId                     [viewer]      -> ZExercise (what the caller may see)
//   POST   /api/v1/exercises/:exerciseId/pause               [facilitator] -> ZExercise
//   POST   /api/v1/exercises/:exerciseId/resume              [facilitator] -> ZExercise
//   POST   /api/v1/exercises/:exerciseId/speed               [facilitator] ZSetSpeedRequest -> ZExercise
//   POST   /api/v1/exercises/:exerciseId/injects/:injectId/fire [facilitator] -> ZExercise (fires it now: "early")
//   POST   /api/v1/exercises/:exerciseId/injects             [facilitator] ZAdHocInjectRequest -> ZExercise (201;
//                                                                           fired at once)
//   POST   /api/v1/exercises/:exerciseId/declare             [responder]   ZExerciseDeclareRequest -> ZExercise
//                                                                           (the team declares the exercise incident)
//   POST   /api/v1/exercises/:exerciseId/notes               [facilitator] ZNoteRequest -> ZExerciseNote (201)
//   POST   /api/v1/exercises/:exerciseId/end                 [facilitator] -> ZExercise (pending expectations whose
//                                                                           deadline has not passed become missed)
//   GET    /api/v1/exercises/:exerciseId/feedback            [viewer]      -> ZFeedbackList
//   PUT    /api/v1/exercises/:exerciseId/feedback            [responder]   ZFeedbackRequest -> ZFeedback (one per
//                                                                           account; sending again replaces it; only
//                                                                           after the end: `exercise.not_ended`)
//   POST   /api/v1/exercises/:exerciseId/actions             [facilitator] ZImprovementActionRequest -> ZImprovementAction
//                                                                           (201; goes to the backlog as an action item)
//   GET    /api/v1/exercises/:exerciseId/report.md           [viewer]      ?lang=nl|en -> text/markdown (attachment)
//   GET    /api/v1/exercises/:exerciseId/report.pdf          [viewer]      ?lang=nl|en -> application/pdf (attachment)
//
// Exercise time: the exercise clock runs from 0 at the start, at `speed` times wall time, and stands still while
// paused. The server answers with `exercise_ms` as of `server_now`; a client shows a running clock as
// `exercise_ms + (Date.now() - Date.parse(server_now)) * speed` (when `status === 'running'`). Every offset
// (`due_ms`, `deadline_ms`, `fired_ms`, `met_ms`) is exercise milliseconds since the start.
//
// The exercise incident: when the script says `incident.declared_by: team`, there is no incident until they do: through POST .../declare, or by declaring an exercise incident of the script's
// scenario in the ordinary way while the exercise runs (the next tick links it). Otherwise the start declares it at
// once through the real declare path, with `exercise: true`. Injects are stored on the exercise and, once the
// incident exists, appear live as `exercise.inject` events on its timeline (the incident's SSE stream); those fired
// earlier are copied onto the timeline when it is declared. Before that, the participant view polls GET
// /api/v1/exercises/:id; the facilitator's console polls it too (every 2 s is plenty: the server ticks every second
// and the expectations' outcomes change on those ticks). Injects sent `email` go to the participants (the plan's holders of the inject's roles),
// marked EXERCISE / OEFENING: the only mail an exercise sends.
//
// Participants (not the facilitator, not an admin) see only fired injects, no expectations and no notes while the
// exercise runs; after the end everyone sees everything.
//
// Errors: not found (404: exercise, exercise script, inject); 400: `exercise.script_invalid` (every problem as a
// field `script.<path>` with line and column), `exercise.script_required` (give `script_id` or `yaml`, exactly
// one), `exercise.unknown_role`, `exercise.unknown_expectation`; 409: `exercise.not_running`, `exercise.not_paused`,
// `exercise.ended`, `exercise.inject_fired` (already fired), `exercise.already_declared`, `exercise.not_ended`,
// `exercise.no_incident`.
import { z } from 'zod';
import { ZLanguage, ZTimestamp } from './common.js';
import { ZDueDate } from './evaluation.js';

export const exerciseStatuses = ['running', 'paused', 'ended'] as const;
export type ExerciseStatus = (typeof exerciseStatuses)[number];

export const expectationKinds = [
  'incident_declared',
  'role_assigned',
  'phase_reached',
  'task_done',
  'decision_recorded',
  'message_published',
  'legal_assessment_recorded',
] as const;
export type ExpectationKind = (typeof expectationKinds)[number];

/** pending: not yet met, deadline not yet passed (or not yet known); met: by the deadline; late: after it;
 * missed: the deadline passed and the exercise ended without it. */
export const expectationOutcomes = ['pending', 'met', 'late', 'missed'] as const;
export type ExpectationOutcome = (typeof expectationOutcomes)[number];

export const injectChannels = ['app', 'email'] as const;
export type InjectChannel = (typeof injectChannels)[number];
export const declarers = ['team', 'facilitator'] as const;

export const MIN_SPEED = 1;
export const MAX_SPEED = 60;

const ZText = (max: number) =>
  z
    .string({ error: 'field.required' })
    .trim()
    .min(1, { error: 'field.required' })
    .max(max, { error: 'field.too_long' });
const ZOptionalText = (max: number) =>
  z.string({ error: 'field.text' }).trim().max(max, { error: 'field.too_long' }).optional();

// ---------------------------------------------------------------------------------------------------------------
// Scripts

export const ZScriptSummary = z.object({
  /** The built-in script's id (its file name without `.yaml`, e.g. `ransomware-en`). */
  id: z.string(),
  title: z.string(),
  language: ZLanguage,
  scenario_id: z.string(),
  objectives: z.array(z.object({ id: z.string(), description: z.string() })),
  roles: z.array(z.string()),
  /** Who declares the exercise incident: the team, or the start (facilitator). */
  declared_by: z.enum(declarers),
  injects: z.number().int(),
  expectations: z.number().int(),
  /** The script's planned length in minutes. */
  duration_minutes: z.number().int(),
});
export type ScriptSummary = z.infer<typeof ZScriptSummary>;
export const ZScriptList = z.object({ items: z.array(ZScriptSummary) });
export const ZScriptDetail = ZScriptSummary.extend({ yaml: z.string() });
export type ScriptDetail = z.infer<typeof ZScriptDetail>;
export const ZScriptParams = z.object({ scriptId: z.string().min(1).max(100) });

export const ZValidateScriptRequest = z.strictObject({
  yaml: z.string({ error: 'field.required' }).max(500_000, { error: 'field.too_long' }),
});
export const ZScriptValidation = z.object({
  ok: z.boolean(),
  errors: z.array(
    z.object({
      path: z.array(z.union([z.string(), z.number()])),
      line: z.number().int().optional(),
      column: z.number().int().optional(),
      message: z.string(),
    }),
  ),
  summary: ZScriptSummary.omit({ id: true }).nullable(),
});
export type ScriptValidation = z.infer<typeof ZScriptValidation>;

// ---------------------------------------------------------------------------------------------------------------
// An exercise

export const ZExerciseInject = z.object({
  /** The script's inject id; ad-hoc injects get `adhoc-1`, `adhoc-2`, ... */
  id: z.string(),
  /** One line: what happens. */
  title: z.string(),
  /** What happens, as the participants receive it (Markdown, user-supplied: render sanitised). */
  body: z.string(),
  /** Role ids of the plan it is addressed to. */
  to: z.array(z.string()),
  how: z.array(z.enum(injectChannels)),
  /** Who it comes from in the story ("Journalist, Daily News"), or null. */
  from: z.string().nullable(),
  /** For the facilitator only (null for participants): what to look for, how to play the persona. */
  facilitator_notes: z.string().nullable(),
  /** Discussion questions for the facilitator to ask after it (empty for participants). */
  questions: z.array(z.string()),
  /** When it is (or was) due, exercise ms: its `at`, or the inject it follows (fired or planned) plus the offset.
   * Ad-hoc injects: when they were added. */
  due_ms: z.number().int(),
  fired: z.boolean(),
  fired_at: ZTimestamp.nullable(),
  fired_ms: z.number().int().nullable(),
  /** Fired by the facilitator before it was due. */
  early: z.boolean(),
  ad_hoc: z.boolean(),
  /** Emails written for it (0 for `app` only). */
  emails: z.number().int(),
});
export type ExerciseInject = z.infer<typeof ZExerciseInject>;

export const ZExerciseExpectation = z.object({
  id: z.string(),
  description: z.string(),
  kind: z.enum(expectationKinds),
  /** The kind's parameter, for display: a role id, a phase, a task title or id, an audience id; else null. */
  target: z.string().nullable(),
  /** The objective it belongs to (an id of `objectives`), or null. */
  objective: z.string().nullable(),
  /** Deadline in exercise ms (relative to an inject: when it fired, or is planned to). */
  deadline_ms: z.number().int(),
  outcome: z.enum(expectationOutcomes),
  /** When the team did it (wall and exercise time), and the timeline event that showed it. */
  met_at: ZTimestamp.nullable(),
  met_ms: z.number().int().nullable(),
  event_id: z.string().nullable(),
  /** For late: how late; for met: how much earlier than the deadline (whole exercise minutes, >= 0). */
  margin_minutes: z.number().int().nullable(),
});
export type ExerciseExpectation = z.infer<typeof ZExerciseExpectation>;

export const ZExerciseNote = z.object({
  id: z.string(),
  at: ZTimestamp,
  exercise_ms: z.number().int(),
  author_name: z.string().nullable(),
  text: z.string(),
});
export type ExerciseNote = z.infer<typeof ZExerciseNote>;

export const ZExerciseScore = z.object({
  total: z.number().int(),
  met: z.number().int(),
  late: z.number().int(),
  missed: z.number().int(),
  pending: z.number().int(),
  /** (met + late / 2) / total, 0..100, whole; null when there are no expectations. */
  percent: z.number().int().min(0).max(100).nullable(),
});
export type ExerciseScore = z.infer<typeof ZExerciseScore>;

export const ZFeedback = z.object({
  id: z.string(),
  author_name: z.string().nullable(),
  rating: z.number().int(),
  went_well: z.string(),
  to_improve: z.string(),
  at: ZTimestamp,
});
export type Feedback = z.infer<typeof ZFeedback>;
export const ZImprovementAction = z.object({
  id: z.string(),
  /** The backlog's action item (GET /api/v1/action-items/:itemId). */
  action_item_id: z.string(),
  title: z.string(),
  expectation_id: z.string().nullable(),
  created_at: ZTimestamp,
});
export type ImprovementAction = z.infer<typeof ZImprovementAction>;

export const ZExerciseSummary = z.object({
  id: z.string(),
  title: z.string(),
  language: ZLanguage,
  /** The built-in script it came from, or null for an uploaded one. */
  script_id: z.string().nullable(),
  scenario_id: z.string(),
  status: z.enum(exerciseStatuses),
  speed: z.number().int().min(MIN_SPEED).max(MAX_SPEED),
  started_at: ZTimestamp,
  ended_at: ZTimestamp.nullable(),
  facilitator: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  incident: z.object({ id: z.string(), reference: z.string() }).nullable(),
  score: ZExerciseScore,
});
export type ExerciseSummary = z.infer<typeof ZExerciseSummary>;
export const ZExerciseList = z.object({ items: z.array(ZExerciseSummary) });

export const ZExercise = ZExerciseSummary.extend({
  /** The situation read out at the start (Markdown), or empty. */
  description: z.string(),
  duration_minutes: z.number().int(),
  objectives: z.array(z.object({ id: z.string(), description: z.string() })),
  roles: z.array(z.string()),
  /** Exercise time as of `server_now`. */
  exercise_ms: z.number().int().min(0),
  server_now: ZTimestamp,
  /** team: the participants declare the incident (POST .../declare, or the ordinary way); facilitator: the start
   * declared it. */
  declared_by: z.enum(declarers),
  /** Whether the caller runs this exercise (facilitator or admin): sees everything, may steer it. */
  can_facilitate: z.boolean(),
  /** Participants: fired ones only while it runs. In due order. */
  injects: z.array(ZExerciseInject),
  /** Participants: empty while it runs. */
  expectations: z.array(ZExerciseExpectation),
  /** Participants: empty while it runs. */
  notes: z.array(ZExerciseNote),
  improvement_actions: z.array(ZImprovementAction),
  /** The caller's own feedback, if given. */
  my_feedback: ZFeedback.nullable(),
  feedback_count: z.number().int(),
});
export type Exercise = z.infer<typeof ZExercise>;

export const ZExerciseParams = z.object({ exerciseId: z.string().min(1).max(100) });
export const ZInjectParams = ZExerciseParams.extend({ injectId: z.string().min(1).max(100) });

export const ZStartExerciseRequest = z.strictObject({
  /** A built-in script (see GET /api/v1/exercise-scripts). */
  script_id: z.string({ error: 'field.required' }).max(100, { error: 'field.too_long' }).optional(),
  /** Or an uploaded script as YAML (validated against the plan in force). */
  yaml: z.string({ error: 'field.required' }).max(500_000, { error: 'field.too_long' }).optional(),
  /** 1 (real time) to 60; default 1. */
  speed: z
    .number({ error: 'field.number' })
    .int({ error: 'field.number' })
    .min(MIN_SPEED)
    .max(MAX_SPEED)
    .optional(),
  /** The severity when the start declares the incident; default: the script's `incident.severity`. */
  severity_id: z.string({ error: 'field.required' }).max(100, { error: 'field.too_long' }).optional(),
});
export type StartExerciseRequest = z.infer<typeof ZStartExerciseRequest>;

export const ZSetSpeedRequest = z.strictObject({
  speed: z.number({ error: 'field.number' }).int({ error: 'field.number' }).min(MIN_SPEED).max(MAX_SPEED),
});

export const ZAdHocInjectRequest = z.strictObject({
  title: ZText(200),
  body: ZText(5000),
  /** Role ids of the plan; must be among the exercise's roles or the plan's (error `exercise.unknown_role`). */
  to: z.array(z.string().max(100), { error: 'field.list' }).max(50).default([]),
  how: z
    .array(z.enum(injectChannels, { error: 'field.enum' }), { error: 'field.list' })
    .min(1, { error: 'field.required' })
    .max(2)
    .default(['app']),
  from: ZOptionalText(120),
});
export type AdHocInjectRequest = z.infer<typeof ZAdHocInjectRequest>;

export const ZExerciseDeclareRequest = z.strictObject({
  /** Default: the script's title. */
  title: ZText(200).optional(),
  /** Default: the script's `incident.severity`, else the plan's first severity. */
  severity_id: z.string({ error: 'field.required' }).max(100, { error: 'field.too_long' }).optional(),
  personal_data: z.enum(['yes', 'no', 'unknown'], { error: 'field.enum' }).optional(),
});

export const ZNoteRequest = z.strictObject({ text: ZText(5000) });

// ---------------------------------------------------------------------------------------------------------------
// After the exercise

export const ZFeedbackRequest = z.strictObject({
  /** How useful the exercise was, 1..5. */
  rating: z.number({ error: 'field.number' }).int({ error: 'field.number' }).min(1).max(5),
  went_well: ZOptionalText(5000),
  to_improve: ZOptionalText(5000),
});
export const ZFeedbackList = z.object({
  items: z.array(ZFeedback),
  /** Mean rating, one decimal; null without feedback. */
  average_rating: z.number().nullable(),
});

/**
 * An improvement action from the exercise, sent to the backlog as an action item of the exercise incident (the
 * incident must exist: `exercise.no_incident`). Owner: `owner_account_id` or `owner_name`, exactly one
 * (`evaluation.owner`), as for any action item.
 */
export const ZImprovementActionRequest = z
  .strictObject({
    title: ZText(300),
    description: ZOptionalText(5000),
    owner_account_id: z.string({ error: 'field.required' }).max(100, { error: 'field.too_long' }).optional(),
    owner_name: ZText(120).optional(),
    due_on: ZDueDate.nullable().optional(),
    /** The expectation it follows from (an id of the exercise's expectations), if any. */
    expectation_id: z.string({ error: 'field.text' }).max(100, { error: 'field.too_long' }).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.owner_account_id === undefined) === (v.owner_name === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [v.owner_account_id === undefined ? 'owner_name' : 'owner_account_id'],
        message: 'evaluation.owner',
      });
  });
export type ImprovementActionRequest = z.infer<typeof ZImprovementActionRequest>;

export const ZReportQuery = z.object({ lang: ZLanguage.optional() });

/** The `exercise.inject` timeline event's payload on the exercise incident (the participants' live feed). */
export const ZInjectEventPayload = z.object({
  exercise_id: z.string(),
  inject_id: z.string(),
  title: z.string(),
  body: z.string(),
  to: z.array(z.string()),
  how: z.array(z.enum(injectChannels)),
  from: z.string().nullable(),
  fired_ms: z.number().int(),
  early: z.boolean(),
  ad_hoc: z.boolean(),
});
export type InjectEventPayload = z.infer<typeof ZInjectEventPayload>;
