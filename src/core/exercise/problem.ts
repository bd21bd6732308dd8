// What an exercise-script check reports before it is put into words: a path, a catalogue key and its parameters.
import type { YamlError, YamlPath, YamlProblem } from '../yaml-check/types.js';
import type { ExerciseMessageKey } from './catalogue.js';

export type ScriptPath = YamlPath;

/** One problem in a script, as it reaches the user: where (path, and line and column for YAML) and what. */
export type ScriptError = YamlError;

export type ScriptProblem = YamlProblem<ExerciseMessageKey>;
