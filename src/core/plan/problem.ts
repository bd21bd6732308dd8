// What a check reports before it is put into words: a path in the plan, a catalogue key and its parameters.
import type { YamlError, YamlPath, YamlProblem } from '../yaml-check/types.js';
import type { PlanMessageKey } from './catalogue.js';

export type PlanPath = YamlPath;

/** One problem in a plan, as it reaches the user: where (path, and line and column for YAML) and what. */
export type PlanError = YamlError;

export interface Problem extends YamlProblem<PlanMessageKey> {
  /** Point at this text inside the value (a template variable in a long body). */
  needle?: string;
}
