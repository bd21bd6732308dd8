// Exercises' tables: the exercise and its clock, injects fired, expectation scores, notes, feedback, actions.
// Part of the Kysely schema: schema.ts re-exports it and lists the tables in `Database`.

/** A table-top exercise and its clock (see migrations/0010-exercises.ts). Times in ms are exercise time. */
export interface ExerciseTable {
  id: string;
  title: string;
  language: string;
  script_id: string | null;
  /** JSON: the validated script. */
  script: string;
  scenario_id: string;
  /** team | facilitator */
  declared_by: string;
  incident_id: string | null;
  /** running | paused | ended */
  status: string;
  speed: number;
  started_at: string;
  started_by: string | null;
  clock_ms: number | string;
  clock_at: string;
  /** JSON: [{at, ms, speed, running}] */
  clock_log: string;
  ended_at: string | null;
  ended_ms: number | string | null;
  updated_at: string;
}
export interface ExerciseInjectTable {
  exercise_id: string;
  inject_id: string;
  title: string;
  body: string;
  to_roles: string;
  how: string;
  from_persona: string | null;
  due_ms: number | string;
  fired_at: string;
  fired_ms: number | string;
  early: number;
  ad_hoc: number;
  emails: number;
  on_timeline: number;
}
export interface ExerciseExpectationTable {
  exercise_id: string;
  expectation_id: string;
  /** pending | met | late | missed */
  outcome: string;
  deadline_ms: number | string;
  met_at: string | null;
  met_ms: number | string | null;
  event_id: string | null;
  updated_at: string;
}
export interface ExerciseNoteTable {
  id: string;
  exercise_id: string;
  author_id: string | null;
  text: string;
  at: string;
  exercise_ms: number | string;
}
export interface ExerciseFeedbackTable {
  id: string;
  exercise_id: string;
  account_id: string;
  rating: number;
  went_well: string;
  to_improve: string;
  created_at: string;
  updated_at: string;
}
export interface ExerciseActionTable {
  id: string;
  exercise_id: string;
  action_item_id: string;
  expectation_id: string | null;
  title: string;
  created_at: string;
}
