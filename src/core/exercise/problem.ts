// What an exercise-script check reports before it is put into words: a path, a catalogue key and its parameters.
import type { PlanPath } from '../plan/problem.js';
import type { ExerciseMessageKey, ExerciseParams } from './catalogue.js';

export type ScriptPath = PlanPath;

/** One problem in a script, as it reaches the user: where (path, and line and column for YAML) and what. */
export interface ScriptError {
  path: ScriptPath;
  /** 1-based, for YAML input. */
  line?: number;
  /** 1-based, for YAML input. */
  column?: number;
  message: string;
}

export interface ScriptProblem {
  /** The value at fault; for a missing field, the field that should be there. */
  path: ScriptPath;
  key: ExerciseMessageKey;
  params?: ExerciseParams;
  /** Parameters that are themselves words of the catalogue, put into the reader's language. */
  terms?: Record<string, ExerciseMessageKey>;
  /** Name the whole path as the location (the problem is about the item itself, not one of its fields). */
  whole?: boolean;
  /** Name the last item by its number rather than by its id (two items share the id). */
  byNumber?: boolean;
  /** Point at the field's key rather than its value (an unknown field). */
  atKey?: boolean;
  /** Say only what is wrong, without naming the place (the whole script is at fault). */
  bare?: boolean;
}
