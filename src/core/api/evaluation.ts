// Request and response schemas of the evaluation: an incident's metrics (computed from its timeline, never typed
// in), its post-incident review (contributions, communication assessment, lessons, done or skipped) and the action
// items that come out of it, gathered across incidents in the improvement backlog.
//
// Routes (access level in brackets):
//   GET    /api/v1/incidents/:id/metrics                          [viewer]    -> ZMetrics
//   GET    /api/v1/incidents/:id/review                           [viewer]    -> ZReview (metrics, pinned moments,
//                                                                              contributions, texts, action items)
//   POST   /api/v1/incidents/:id/review/contributions             [responder] ZContributionRequest -> ZContribution (201)
//   PATCH  /api/v1/incidents/:id/review/contributions/:contributionId
//                                                                 [responder] ZUpdateContributionRequest -> ZContribution
//                                                                              (own contribution only; admin any)
//   DELETE /api/v1/incidents/:id/review/contributions/:contributionId
//                                                                 [responder] -> 204 (own only; admin any)
//   PUT    /api/v1/incidents/:id/review/texts                     [responder] ZReviewTextsRequest -> ZReview
//                                                                              (communication assessment and lessons)
//   POST   /api/v1/incidents/:id/review/done                      [responder] ZReviewDoneRequest -> ZReview
//   POST   /api/v1/incidents/:id/review/skip                      [responder] ZReviewSkipRequest -> ZReview
//   POST   /api/v1/incidents/:id/review/reopen                    [responder] ZReviewReopenRequest -> ZReview
//   POST   /api/v1/incidents/:id/action-items                     [responder] ZCreateActionItemRequest -> ZActionItem (201)
//   GET    /api/v1/action-items                                   [viewer]    ?status=&owner=&overdue=&incident=&exercise=&q=
//                                                                              (ZBacklogQuery) -> ZBacklog
//   GET    /api/v1/action-items/:itemId                           [viewer]    -> ZActionItem
//   PATCH  /api/v1/action-items/:itemId                           [responder] ZUpdateActionItemRequest -> ZActionItem
//   POST   /api/v1/action-items/:itemId/close                     [responder] ZCloseActionItemRequest -> ZActionItem
//   POST   /api/v1/action-items/:itemId/reopen                    [responder] -> ZActionItem (back to open)
// Reports and trends (engineer F, src/http/routes/evaluation-reports.ts):
//   GET    /api/v1/incidents/:id/report.md|.pdf, report-executive.md|.pdf   [viewer]  ?lang=nl|en
//   GET    /api/v1/evaluation/trends, /api/v1/evaluation/trends.csv          [viewer]
//
// When the review can be worked on: contributions, the texts and new action items are accepted once the incident
// has been contained, that is while it is in recovery or evaluation (people write down what they saw while it is
// fresh), and only while the review is open; a closed incident's review is frozen. Marking the review done needs
// the evaluation phase. Skipping it (with a reason) is allowed in any phase before closing: a false alarm closed
// straight from detection needs no review. Reopening a done or skipped review is allowed until the incident
// closes. Done and skipped both satisfy the close guard (`evaluation.review_open`). Action items outlive the
// incident: they can be updated and closed from the backlog at any time, also after the incident closed.
// Restricted incidents follow the incident's own visibility; the backlog lists only items of incidents the caller
// may see.
import { z } from 'zod';
import { obligationKinds, obligationStatuses } from '../legal/obligations.js';
import { incidentPhases } from '../incident/phases.js';
import { ZTimestamp } from './common.js';
import { ZOptionalText, ZText, ZTimelineItem } from './incidents.js';

export const reviewStates = ['open', 'done', 'skipped'] as const;
export type ReviewState = (typeof reviewStates)[number];

export const actionItemStatuses = ['open', 'doing', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];
/** Statuses that end an item; only reached through the close route. */
export const closedActionItemStatuses = ['done', 'dropped'] as const;

/** What counted as the first signal of an incident. */
export const firstSignalSources = ['report', 'alert', 'awareness'] as const;

/** How an obligation's deadline went: met (submitted by then), missed (submitted late, or still open and past
 * due), pending (open, not yet due), not_required (decided so), no_deadline (a register entry, say). */
export const deadlineOutcomes = ['met', 'missed', 'pending', 'not_required', 'no_deadline'] as const;
export type DeadlineOutcome = (typeof deadlineOutcomes)[number];

// ---------------------------------------------------------------------------------------------------------------
// Metrics

const Seconds = z
  .number()
  .int()
  .min(0)
  .nullable()
  .describe('whole seconds; null when it cannot be known yet');

export const ZAudienceCadence = z.object({
  audience_id: z.string(),
  name: z.string(),
  internal: z.boolean(),
  /** The cadence that applied: the severity's override for the audience, else the audience default. */
  cadence_minutes: z.number().int(),
  /** Messages published to this audience between declaration and entering evaluation. */
  updates: z.number().int().min(0),
  /** Of those, how many came within the cadence of the previous update (the first: of the declaration). */
  on_cadence: z.number().int().min(0),
  /** on_cadence / updates, 0..1; null when nothing was published to the audience. */
  share: z.number().min(0).max(1).nullable(),
});
export type AudienceCadence = z.infer<typeof ZAudienceCadence>;

export const ZDeadlineMetric = z.object({
  obligation_id: z.string(),
  kind: z.enum(obligationKinds),
  status: z.enum(obligationStatuses),
  due_at: ZTimestamp.nullable(),
  submitted_at: ZTimestamp.nullable(),
  outcome: z.enum(deadlineOutcomes),
  /** Minutes before the deadline (met) or after it (missed; for one still open: late so far), always >= 0;
   * null for pending, not_required and no_deadline. */
  minutes: z.number().int().min(0).nullable(),
});
export type DeadlineMetric = z.infer<typeof ZDeadlineMetric>;

export const ZMetrics = z.object({
  /** The moments the durations are measured between. */
  first_signal_at: ZTimestamp,
  first_signal_source: z.enum(firstSignalSources),
  declared_at: ZTimestamp,
  /** First time the incident entered recovery (contained); null if it never did. */
  recovery_started_at: ZTimestamp.nullable(),
  /** The last time it entered evaluation (the response was over); null if it has not. */
  evaluation_started_at: ZTimestamp.nullable(),
  closed_at: ZTimestamp.nullable(),
  /** first signal -> declaration. */
  time_to_detect_seconds: Seconds,
  /** declaration -> first entering recovery. */
  time_to_contain_seconds: Seconds,
  /** first entering recovery -> entering evaluation (includes any time back in containment). */
  time_to_recover_seconds: Seconds,
  /** first signal -> entering evaluation. */
  total_duration_seconds: Seconds,
  /** How often it went back a phase (recovery -> containment, say), and the time spent in each phase in total. */
  back_transitions: z.number().int().min(0),
  seconds_in_phase: z.record(z.enum(incidentPhases), z.number().int().min(0)),
  /** declaration -> first message published to an internal (external) audience of the incident's plan version. */
  time_to_first_internal_update_seconds: Seconds,
  time_to_first_external_update_seconds: Seconds,
  cadence: z.array(ZAudienceCadence),
  deadlines: z.array(ZDeadlineMetric),
  computed_at: ZTimestamp,
});
export type Metrics = z.infer<typeof ZMetrics>;

// ---------------------------------------------------------------------------------------------------------------
// The review

export const ZContribution = z.object({
  id: z.string(),
  author_id: z.string().nullable(),
  author_name: z.string().nullable(),
  went_well: z.string(),
  went_wrong: z.string(),
  /** Whether the caller may edit or remove it (own contribution, or admin, while the review is open). */
  can_edit: z.boolean(),
  created_at: ZTimestamp,
  updated_at: ZTimestamp,
});
export type Contribution = z.infer<typeof ZContribution>;

/** At least one of the two must be non-empty (error `evaluation.contribution_empty` on `went_well`). */
export const ZContributionRequest = z
  .strictObject({ went_well: ZOptionalText(5000), went_wrong: ZOptionalText(5000) })
  .superRefine((v, ctx) => {
    if (!v.went_well && !v.went_wrong)
      ctx.addIssue({ code: 'custom', path: ['went_well'], message: 'evaluation.contribution_empty' });
  });
/** A change: only the fields sent change; the result must still say something. */
export const ZUpdateContributionRequest = z.strictObject({
  went_well: ZOptionalText(5000),
  went_wrong: ZOptionalText(5000),
});

export const ZReviewTextsRequest = z.strictObject({
  communication_assessment: ZOptionalText(20_000),
  lessons: ZOptionalText(20_000),
});
export const ZReviewDoneRequest = z.strictObject({});
export const ZReviewSkipRequest = z.strictObject({ reason: ZText(2000) });
export const ZReviewReopenRequest = z.strictObject({ reason: ZOptionalText(2000) });

// ---------------------------------------------------------------------------------------------------------------
// Action items and the backlog

const ZAccountId = z
  .string({ error: 'field.required' })
  .min(1, { error: 'field.required' })
  .max(100, { error: 'field.too_long' });
const ZOwnerName = z
  .string({ error: 'field.required' })
  .trim()
  .min(1, { error: 'field.required' })
  .max(120, { error: 'field.too_long' });
/** A calendar date, YYYY-MM-DD; an item is overdue the day after (in the organisation's time zone). */
export const ZDueDate = z.iso.date({ error: 'evaluation.due_on_format' });
/** A free reference to what the item changes: `scenarios.ransomware.tasks`, a plan section id, a file name. */
const ZPlanPart = z.string({ error: 'field.text' }).trim().max(300, { error: 'field.too_long' });
const ZPlanVersion = z
  .number({ error: 'field.number' })
  .int({ error: 'field.number' })
  .min(1, { error: 'field.number' });

export const ZActionItem = z.object({
  id: z.string(),
  incident_id: z.string(),
  incident_reference: z.string(),
  incident_title: z.string(),
  exercise: z.boolean(),
  title: z.string(),
  description: z.string(),
  /** The owner: an account (owner_account_id set, owner_name its name) or a free name (owner_account_id null). */
  owner_account_id: z.string().nullable(),
  owner_name: z.string(),
  due_on: z.string().nullable().describe('YYYY-MM-DD'),
  status: z.enum(actionItemStatuses),
  overdue: z.boolean(),
  /** Empty when the item does not change the plan. */
  plan_part: z.string(),
  /** The plan version that made the change, set when an item with a plan part was closed as done. */
  closed_by_plan_version: z.number().int().nullable(),
  /** Why it was closed or dropped, as given. */
  close_note: z.string(),
  closed_at: ZTimestamp.nullable(),
  closed_by_name: z.string().nullable(),
  /** When the overdue reminder went out (once per item and due date). */
  reminded_at: ZTimestamp.nullable(),
  created_by_name: z.string().nullable(),
  created_at: ZTimestamp,
  updated_at: ZTimestamp,
  can_act: z.boolean(),
});
export type ActionItem = z.infer<typeof ZActionItem>;

/** The owner is either `owner_account_id` or `owner_name`, exactly one (error `evaluation.owner` on the field). */
export const ZCreateActionItemRequest = z
  .strictObject({
    title: ZText(300),
    description: ZOptionalText(5000),
    owner_account_id: ZAccountId.optional(),
    owner_name: ZOwnerName.optional(),
    due_on: ZDueDate.nullable().optional(),
    status: z.enum(['open', 'doing'], { error: 'field.enum' }).optional(),
    plan_part: ZPlanPart.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.owner_account_id === undefined) === (v.owner_name === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [v.owner_account_id === undefined ? 'owner_name' : 'owner_account_id'],
        message: 'evaluation.owner',
      });
  });
export type CreateActionItemRequest = z.infer<typeof ZCreateActionItemRequest>;

/** Only the fields sent change. Setting one owner field replaces the other (send one, not both). Done and dropped
 * are reached through the close route. */
export const ZUpdateActionItemRequest = z
  .strictObject({
    title: ZText(300).optional(),
    description: ZOptionalText(5000),
    owner_account_id: ZAccountId.optional(),
    owner_name: ZOwnerName.optional(),
    due_on: ZDueDate.nullable().optional(),
    status: z.enum(['open', 'doing'], { error: 'field.enum' }).optional(),
    plan_part: ZPlanPart.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.owner_account_id !== undefined && v.owner_name !== undefined)
      ctx.addIssue({ code: 'custom', path: ['owner_name'], message: 'evaluation.owner' });
  });
export type UpdateActionItemRequest = z.infer<typeof ZUpdateActionItemRequest>;

/**
 * Closing: `done` for an item with a plan part needs `closed_by_plan_version`, an existing plan version (error
 * `evaluation.plan_version_required` / `evaluation.plan_version_unknown` on that field); `dropped` needs a `note`
 * saying why (error `evaluation.drop_reason` on `note`).
 */
export const ZCloseActionItemRequest = z.strictObject({
  status: z.enum(closedActionItemStatuses, { error: 'field.enum' }),
  closed_by_plan_version: ZPlanVersion.nullable().optional(),
  note: ZOptionalText(2000),
});
export type CloseActionItemRequest = z.infer<typeof ZCloseActionItemRequest>;

/** Backlog filters; all optional and combined with AND. */
export const ZBacklogQuery = z.object({
  /** One status or several separated by commas (`open,doing`); `active` means open and doing. */
  status: z
    .string()
    .max(100)
    .regex(/^(active|open|doing|done|dropped)(,(active|open|doing|done|dropped))*$/, { error: 'field.enum' })
    .optional(),
  /** An account id, `me`, or an owner's free name (as in `owners`, case-insensitive). */
  owner: z.string().max(120, { error: 'field.too_long' }).optional(),
  overdue: z.enum(['true', 'false'], { error: 'field.boolean' }).optional(),
  /** An incident id. */
  incident: z.string().max(100).optional(),
  exercise: z.enum(['true', 'false'], { error: 'field.boolean' }).optional(),
  /** Words in the title, description, owner name or plan part. */
  q: z.string().max(200, { error: 'field.too_long' }).optional(),
});
export type BacklogQuery = z.infer<typeof ZBacklogQuery>;

/** Sorted: overdue first, then by due date (none last), then newest. Counts are over the filtered items. */
export const ZBacklog = z.object({
  items: z.array(ZActionItem),
  counts: z.object({
    open: z.number().int(),
    doing: z.number().int(),
    done: z.number().int(),
    dropped: z.number().int(),
    overdue: z.number().int(),
  }),
  /** Owners that appear in the backlog the caller may see, for the owner filter. */
  owners: z.array(z.object({ account_id: z.string().nullable(), name: z.string() })),
});
export type Backlog = z.infer<typeof ZBacklog>;

export const ZReview = z.object({
  incident: z.object({
    id: z.string(),
    reference: z.string(),
    title: z.string(),
    phase: z.enum(incidentPhases),
    exercise: z.boolean(),
    scenario_name: z.string(),
    severity_name: z.string(),
    declared_at: ZTimestamp,
    closed_at: ZTimestamp.nullable(),
    plan_version: z.number().int(),
  }),
  state: z.enum(reviewStates),
  skip_reason: z.string().nullable(),
  /** Who marked it done or skipped, and when; null while open. */
  completed_at: ZTimestamp.nullable(),
  completed_by_name: z.string().nullable(),
  communication_assessment: z.string(),
  lessons: z.string(),
  texts_updated_at: ZTimestamp.nullable(),
  texts_updated_by_name: z.string().nullable(),
  /** The pinned moments of the timeline, oldest first: the backbone of the review. */
  pinned: z.array(ZTimelineItem),
  metrics: ZMetrics,
  contributions: z.array(ZContribution),
  action_items: z.array(ZActionItem),
  /** Contributions, texts and new action items are accepted (recovery or evaluation, review open, may act). */
  editable: z.boolean(),
  /** Marking it done is allowed now (evaluation phase, review open, may act). */
  can_complete: z.boolean(),
  /** Skipping it is allowed now (incident not closed, review open, may act). */
  can_skip: z.boolean(),
  /** Reopening is allowed now (incident not closed, review done or skipped, may act). */
  can_reopen: z.boolean(),
  can_act: z.boolean(),
});
export type Review = z.infer<typeof ZReview>;

export const ZContributionParams = z.object({
  id: z.string().min(1).max(100),
  contributionId: z.string().min(1).max(100),
});
export const ZActionItemParams = z.object({ itemId: z.string().min(1).max(100) });
