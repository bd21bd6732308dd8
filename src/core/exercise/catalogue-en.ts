// English words of exercise-script validation: where a problem is and what it is. Keys match nl.
import { yamlCheckEn } from '../yaml-check/words-en.js';

export const exerciseEn = {
  // Shared with every YAML document: the shape of a value, and what the YAML parser cannot read.
  ...yamlCheckEn,
  // Where: the parts of a script, named the way a reader of the YAML sees them.
  'loc.script': 'script',
  'loc.incident': 'incident',
  'noun.objectives': 'objective',
  'noun.injects': 'inject',
  'noun.expectations': 'expectation',
  'type.deadline': "a time like '+00:15' or a group with 'inject' and 'offset'",

  // What: the shape of the script.
  'script.empty': 'the script is empty',
  'script.not_map': "the script must be a group of fields (key: value), starting with 'schema_version: 1'",
  too_big: '{field} must be at most {max}',
  id_format:
    "{name} '{value}' must be lower_snake_case: small letters, digits and underscores, starting with a letter (like 'ransom_note')",
  offset_format:
    "{name} '{value}' is not a time from the start; write it as '+HH:MM' (like '+00:15' or '+01:30')",
  offset_number: "{name} is read as a number ({value}); write the time as '+HH:MM' in quotes (like '+00:15')",

  // What: the script's parts must fit together.
  timing_both: "give either 'at' or 'after', not both",
  timing_none:
    "say when it fires: 'at' (a time from the start, like '+00:15') or 'after' (another inject and an offset)",
  after_unknown: "'{id}' is not an inject in this script",
  after_self: 'an inject cannot come after itself',
  after_cycle: 'the injects {ids} each wait for another, so none of them would ever fire',
  inject_after_end:
    'fires at {time}, after the exercise ends ({duration} minutes); bring it forward or raise duration_minutes',
  deadline_inject_unknown: "'{id}' is not an inject in this script",
  deadline_after_end:
    'the deadline falls at {time}, after the exercise ends ({duration} minutes); bring it forward or raise duration_minutes',
  objective_unknown: "'{id}' is not an objective in this script; the objectives are: {ids}",
  to_not_participant:
    "'{id}' is not one of the participating roles ('roles'); add it there or send the inject to another role",
  facilitator_needs_severity:
    "the facilitator declares the incident at the start, so give its 'severity' (a severity of the plan, like sev1)",
  declared_by_facilitator:
    'the facilitator declares the incident at the start, so the team cannot be expected to declare it; set incident.declared_by to team',
  kind_field_not_for_kind: "'{key}' does not belong to an expectation of kind '{kind}'",

  // What: the script must fit the plan it runs on.
  scenario_unknown: "scenario '{id}' is not a scenario in the plan; the plan has: {ids}",
  role_unknown: "'{id}' is not a role in the plan; the plan has: {ids}",
  severity_unknown: "severity '{id}' is not a severity in the plan; the plan has: {ids}",
  audience_unknown: "audience '{id}' is not an audience in the plan; the plan has: {ids}",
  audience_not_in_scenario:
    "audience '{id}' is not among the audiences scenario '{scenario}' informs ({ids}), so no message to it can be written",
  task_unknown:
    "no task of scenario '{scenario}' has a title that starts with '{task}'; copy the start of the task's title from the plan",
  task_ambiguous:
    "'{task}' matches {count} tasks of scenario '{scenario}'; quote more of the title so it matches one",

  'yaml.multiple_docs': "the file holds more than one document (a line '---'); a script is one document",
} as const;

export type ExerciseMessageKey = keyof typeof exerciseEn;
