// What a check reports before it is put into words: a path in the plan, a catalogue key and its parameters.
import type { PlanMessageKey, PlanParams } from './catalogue.js';

export type PlanPath = (string | number)[];

/** One problem in a plan, as it reaches the user: where (path, and line and column for YAML) and what. */
export interface PlanError {
  path: PlanPath;
  /** 1-based, for YAML input. */
  line?: number;
  /** 1-based, for YAML input. */
  column?: number;
  message: string;
}

export interface Problem {
  /** The value at fault; for a missing field, the field that should be there. */
  path: PlanPath;
  key: PlanMessageKey;
  params?: PlanParams;
  /** Parameters that are themselves words of the catalogue, put into the reader's language. */
  terms?: Record<string, PlanMessageKey>;
  /** Name the whole path as the location (the problem is about the item itself, not one of its fields). */
  whole?: boolean;
  /** Name the last item of the location by its number rather than by its id (two items share the id). */
  byNumber?: boolean;
  /** Point at the field's key rather than its value (an unknown field). */
  atKey?: boolean;
  /** Say only what is wrong, without naming the place (the whole plan is at fault). */
  bare?: boolean;
  /** Point at this text inside the value (a template variable in a long body). */
  needle?: string;
}
