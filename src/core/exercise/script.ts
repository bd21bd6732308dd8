// The exercise script's shape as zod schemas: one source for validation, the JSON Schema and the types.
//
// A script is YAML a facilitator can read and write:
//
//   schema_version: 1
//   title: Ransomware on the file servers
//   language: en
//   scenario: ransomware                 # a scenario id of the plan in force
//   duration_minutes: 60
//   incident: { declared_by: team, title: ..., severity: sev1 }
//   objectives: [{ id: declare_fast, description: ... }]
//   roles: [incident_commander, technical_lead, ...]
//   injects:
//     - id: helpdesk_calls
//       at: '+00:00'                     # from the start, or:
//       after: { inject: ransom_note, offset: '+00:10' }
//       title: ...
//       body: |                          # Markdown: what happens
//       to: [technical_lead]             # roles of `roles`
//       how: [app, email]
//       from: Helpdesk                   # optional persona (journalist, regulator, customer, ...)
//   expectations:
//     - id: declared
//       description: ...
//       kind: incident_declared          # or role_assigned {role}, phase_reached {phase}, task_done {task},
//                                        # decision_recorded, message_published {audience},
//                                        # legal_assessment_recorded
//       deadline: '+00:15'               # from the start, or { after: <inject id>, offset: '+00:20' }
//       objective: declare_fast          # optional
//
// Scoring rule for a deadline relative to an inject: for the kinds that can happen again (a role given, a decision,
// a message, a legal assessment) only what the team does after that inject fired answers it (`evidenceFromMinutes`);
// a state reached earlier (declared, a phase, a task done) counts.
//
// The error texts below are not shown to anyone: they mark which rule failed, and validate.ts turns them into a
// sentence from the exercise catalogue. Cross-references (role, audience, scenario, inject ids) are checked there.
import { z } from 'zod';
import { ID_PATTERN, planLanguages } from '../plan/enums.js';

export const EXERCISE_SCHEMA_VERSION = 1;

/** `+HH:MM` from the start (or from an inject): hours 00-99, minutes 00-59. */
export const OFFSET_PATTERN = /^\+[0-9]{2}:[0-5][0-9]$/;

export const injectChannels = ['app', 'email'] as const;
export const declarers = ['team', 'facilitator'] as const;
export const expectationKinds = [
  'incident_declared',
  'role_assigned',
  'phase_reached',
  'task_done',
  'decision_recorded',
  'message_published',
  'legal_assessment_recorded',
] as const;
/** The phases an expectation can wait for (the incident's phases after detection, and closing). */
export const expectablePhases = ['containment', 'recovery', 'evaluation', 'closed'] as const;

const Id = z
  .string()
  .regex(ID_PATTERN, { error: 'id_format' })
  .meta({ description: 'lower_snake_case identifier, unique in its list' });
const Ref = (what: string) =>
  z
    .string()
    .min(1)
    .meta({ description: `id of ${what}` });
const Text = z.string().min(1);
export const OffsetSchema = z
  .string()
  .regex(OFFSET_PATTERN, { error: 'offset_format' })
  .meta({ description: "time as '+HH:MM' (quote it in YAML), e.g. '+00:15'" });

export const RelativeTimeSchema = z
  .strictObject({
    inject: Ref('an inject of this script'),
    offset: OffsetSchema,
  })
  .meta({ description: 'this long after the named inject fired' });

export const ObjectiveSchema = z.strictObject({
  id: Id,
  description: Text.meta({ description: 'what the exercise should show the team can do' }),
});

export const ExerciseIncidentSchema = z
  .strictObject({
    declared_by: z.enum(declarers).meta({
      description:
        'team: the participants declare the incident themselves (marked as an exercise); facilitator: the ' +
        'exercise incident is declared when the exercise starts',
    }),
    title: Text.optional().meta({
      description: "the exercise incident's title when the facilitator declares",
    }),
    severity: Ref('a severity of the plan')
      .optional()
      .meta({ description: 'the severity when the facilitator declares; required then' }),
  })
  .meta({ description: 'how the exercise incident comes to be' });

export const InjectSchema = z
  .strictObject({
    id: Id,
    at: OffsetSchema.optional().meta({ description: 'fires this long after the start; or use after' }),
    after: RelativeTimeSchema.optional().meta({
      description: 'fires this long after another inject; or use at',
    }),
    title: Text.meta({ description: 'one line: what happens' }),
    body: Text.meta({ description: 'Markdown: what happens, as the participants receive it' }),
    to: z.array(Ref('a participating role')).min(1).meta({ description: 'the roles that receive it' }),
    how: z.array(z.enum(injectChannels)).min(1).meta({
      description:
        'app: on the exercise incident, live; email: to the role holders, marked EXERCISE / OEFENING',
    }),
    from: Text.optional().meta({
      description: 'who the inject comes from in the story, e.g. "Helpdesk" or "Journalist, Daily News"',
    }),
    facilitator_notes: Text.optional().meta({
      description: 'for the facilitator only: what to look for, how to play the persona',
    }),
    questions: z
      .array(Text)
      .optional()
      .meta({ description: 'discussion questions for the facilitator to ask after this inject' }),
  })
  .meta({ description: 'one event that pushes the scenario forward; exactly one of at and after' });

export const DeadlineSchema = z
  .union([OffsetSchema, RelativeTimeSchema])
  .meta({ description: "'+HH:MM' from the start, or { inject, offset } from an inject" });

const expectationBase = {
  id: Id,
  description: Text.meta({ description: 'what the team should do, in one sentence' }),
  deadline: DeadlineSchema,
  objective: Ref('an objective of this script').optional(),
};

export const ExpectationSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...expectationBase, kind: z.literal('incident_declared') }),
    z.strictObject({
      ...expectationBase,
      kind: z.literal('role_assigned'),
      role: Ref('a role of the plan').meta({
        description:
          'the role that must be given to someone; relative to an inject, a hand-over or assignment after it',
      }),
    }),
    z.strictObject({
      ...expectationBase,
      kind: z.literal('phase_reached'),
      phase: z.enum(expectablePhases),
    }),
    z.strictObject({
      ...expectationBase,
      kind: z.literal('task_done'),
      task: Text.meta({
        description: "the task's title in the scenario's checklist (or the start of it), or a task id",
      }),
    }),
    z.strictObject({ ...expectationBase, kind: z.literal('decision_recorded') }),
    z.strictObject({
      ...expectationBase,
      kind: z.literal('message_published'),
      audience: Ref('an audience of the plan'),
    }),
    z.strictObject({ ...expectationBase, kind: z.literal('legal_assessment_recorded') }),
  ])
  .meta({
    description: "what the team should do by the deadline, scored from the exercise incident's timeline",
  });

export const ExerciseScriptSchema = z.strictObject({
  schema_version: z.literal(EXERCISE_SCHEMA_VERSION),
  title: Text,
  language: z.enum(planLanguages).meta({ description: 'the language of the texts' }),
  description: Text.optional().meta({ description: 'Markdown: the situation, read out at the start' }),
  scenario: Ref('a scenario of the plan'),
  duration_minutes: z.number().int().min(5).max(480).meta({ description: 'planned length in minutes' }),
  incident: ExerciseIncidentSchema,
  objectives: z.array(ObjectiveSchema).min(1),
  roles: z.array(Ref('a role of the plan')).min(1).meta({ description: 'the participating roles' }),
  injects: z.array(InjectSchema).min(1),
  expectations: z.array(ExpectationSchema).min(1),
});

export type ExerciseScript = z.infer<typeof ExerciseScriptSchema>;
export type Inject = z.infer<typeof InjectSchema>;
export type Expectation = z.infer<typeof ExpectationSchema>;
export type ExpectationKind = (typeof expectationKinds)[number];
export type ExpectablePhase = (typeof expectablePhases)[number];
export type InjectChannel = (typeof injectChannels)[number];
export type Objective = z.infer<typeof ObjectiveSchema>;
export type RelativeTime = z.infer<typeof RelativeTimeSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Minutes of a `+HH:MM` offset ('+01:30' -> 90); NaN when it is not one. */
export function offsetMinutes(offset: string): number {
  if (!OFFSET_PATTERN.test(offset)) return Number.NaN;
  return Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
}

/**
 * Minutes from the start at which each inject is planned, following `after` chains (a validated script has no
 * cycles and every `after` names an inject of the script). Firing an inject early moves the ones after it:
 * the engine passes the actual firing minutes it knows in `fired`.
 */
export function plannedInjectMinutes(
  script: Pick<ExerciseScript, 'injects'>,
  fired: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const byId = new Map(script.injects.map((i) => [i.id, i]));
  const result = new Map<string, number>();
  const visit = (id: string, seen: Set<string>): number => {
    const known = result.get(id) ?? fired.get(id);
    if (known !== undefined) return (result.set(id, known), known);
    const inject = byId.get(id);
    if (!inject || seen.has(id)) return Number.NaN;
    seen.add(id);
    const minutes = inject.after
      ? visit(inject.after.inject, seen) + offsetMinutes(inject.after.offset)
      : offsetMinutes(inject.at ?? '+00:00');
    result.set(id, minutes);
    return minutes;
  };
  for (const inject of script.injects) visit(inject.id, new Set());
  return result;
}

/** Minutes from the start of an expectation's deadline, given when the injects fired (or are planned). */
export function deadlineMinutes(deadline: Deadline, injectMinutes: ReadonlyMap<string, number>): number {
  if (typeof deadline === 'string') return offsetMinutes(deadline);
  const base = injectMinutes.get(deadline.inject);
  return base === undefined ? Number.NaN : base + offsetMinutes(deadline.offset);
}

/**
 * The tasks a `task_done` expectation means: the task whose id is `task`, else those whose title equals it, else
 * those whose title starts with it (case and surrounding spaces ignored). A valid script matches exactly one task
 * of its scenario.
 */
export function matchingTasks<T extends { title: string; id?: string }>(
  task: string,
  tasks: readonly T[],
): T[] {
  const byId = tasks.filter((t) => t.id !== undefined && t.id === task);
  if (byId.length > 0) return byId;
  const wanted = task.trim().toLowerCase();
  const exact = tasks.filter((t) => t.title.trim().toLowerCase() === wanted);
  if (exact.length > 0) return exact;
  return tasks.filter((t) => t.title.trim().toLowerCase().startsWith(wanted));
}

/** The kinds that can happen more than once: an earlier one does not answer an inject that came later. */
export const repeatableKinds: readonly ExpectationKind[] = [
  'role_assigned',
  'decision_recorded',
  'message_published',
  'legal_assessment_recorded',
];

/**
 * From when (minutes from the start) the team's actions count for an expectation: the start, or for a repeatable
 * kind with a deadline relative to an inject, the moment that inject fired (or is planned to); NaN when unknown.
 */
export function evidenceFromMinutes(
  expectation: Pick<Expectation, 'kind' | 'deadline'>,
  injectMinutes: ReadonlyMap<string, number>,
): number {
  const { deadline } = expectation;
  if (typeof deadline === 'string' || !repeatableKinds.includes(expectation.kind)) return 0;
  return injectMinutes.get(deadline.inject) ?? Number.NaN;
}
