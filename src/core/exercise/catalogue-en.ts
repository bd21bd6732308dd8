// English words of exercise-script validation: where a problem is and what it is. Keys match nl.
export const exerciseEn = {
  // Where: the parts of a script, named the way a reader of the YAML sees them.
  'loc.script': 'script',
  'loc.incident': 'incident',
  'noun.objectives': 'objective',
  'noun.injects': 'inject',
  'noun.expectations': 'expectation',
  'label.item': '{field} item {n}',
  'type.string': 'text',
  'type.int': 'a whole number',
  'type.number': 'a number',
  'type.boolean': 'true or false',
  'type.array': 'a list',
  'type.object': 'a group of fields (key: value)',
  'type.null': 'empty',
  'type.deadline': "a time like '+00:15' or a group with 'inject' and 'offset'",

  // What: the shape of the script.
  'script.empty': 'the script is empty',
  'script.not_map': "the script must be a group of fields (key: value), starting with 'schema_version: 1'",
  missing: '{field} is missing',
  no_value: '{field} has no value',
  wrong_type: '{field} must be {expected}, but is {actual}',
  wrong_type_value: '{field} must be {expected}, but is {actual} ({value})',
  wrong_type_quote: '{field} must be text, but is read as {actual} ({value}); put the value in quotes',
  not_allowed: "{name} '{value}' is not allowed; choose one of: {options}",
  empty_text: '{field} is empty',
  empty_list: '{field} is an empty list; add at least one',
  too_small: '{field} must be at least {min}',
  too_big: '{field} must be at most {max}',
  not_valid: '{field} is not valid',
  id_format:
    "{name} '{value}' must be lower_snake_case: small letters, digits and underscores, starting with a letter (like 'ransom_note')",
  offset_format:
    "{name} '{value}' is not a time from the start; write it as '+HH:MM' (like '+00:15' or '+01:30')",
  offset_number: "{name} is read as a number ({value}); write the time as '+HH:MM' in quotes (like '+00:15')",
  unknown_field: "'{key}' is not a known field here; the fields are: {allowed}",
  unknown_field_suggest: "'{key}' is not a known field here; did you mean '{suggestion}'?",

  // What: the script's parts must fit together.
  duplicate_id: "id '{id}' is already used by {noun} {n}",
  list_duplicate: "{field} lists '{value}' more than once",
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

  'yaml.tab': 'a tab is used for indentation here; YAML needs spaces',
  'yaml.indent':
    'the indentation is wrong here: items at the same level must start in the same column, and every [ or { must be closed',
  'yaml.duplicate_key': 'this key appears twice at the same level; remove or rename one',
  'yaml.missing_char': 'a closing quote or bracket is missing here',
  'yaml.escape': 'a backslash (\\) in double quotes starts an unknown escape; use single quotes instead',
  'yaml.reserved': 'a value cannot start with this character; put the value in quotes',
  'yaml.nested':
    "there is a second ': ' in this value, or the next line is indented too far; put a value with ': ' in quotes, like title: 'Note: do this first'",
  'yaml.key_line': "this line has no 'key: value'; is a colon missing?",
  'yaml.multiple_docs': "the file holds more than one document (a line '---'); a script is one document",
  'yaml.alias': "'{alias}' refers to an anchor that is not defined",
  'yaml.aliases':
    'the file repeats anchors (*name) too often to be read safely; write the values out instead',
  'yaml.unreadable': 'the YAML cannot be read here; check the indentation, colons and quotes',
} as const;

export type ExerciseMessageKey = keyof typeof exerciseEn;
