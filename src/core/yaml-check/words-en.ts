// English words that every YAML document of Stormbell (the plan, an exercise script) shares: the shape of a
// value, and what the YAML parser could not read. Each document's catalogue spreads them in; keys match nl.
export const yamlCheckEn = {
  'label.item': '{field} item {n}',
  'type.string': 'text',
  'type.int': 'a whole number',
  'type.number': 'a number',
  'type.boolean': 'true or false',
  'type.array': 'a list',
  'type.object': 'a group of fields (key: value)',
  'type.null': 'empty',
  missing: '{field} is missing',
  no_value: '{field} has no value',
  wrong_type: '{field} must be {expected}, but is {actual}',
  wrong_type_value: '{field} must be {expected}, but is {actual} ({value})',
  wrong_type_quote: '{field} must be text, but is read as {actual} ({value}); put the value in quotes',
  not_allowed: "{name} '{value}' is not allowed; choose one of: {options}",
  empty_text: '{field} is empty',
  empty_list: '{field} is an empty list; add at least one',
  too_small: '{field} must be at least {min}',
  not_valid: '{field} is not valid',
  unknown_field: "'{key}' is not a known field here; the fields are: {allowed}",
  unknown_field_suggest: "'{key}' is not a known field here; did you mean '{suggestion}'?",
  duplicate_id: "id '{id}' is already used by {noun} {n}",
  list_duplicate: "{field} lists '{value}' more than once",
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
  'yaml.alias': "'{alias}' refers to an anchor that is not defined",
  'yaml.aliases':
    'the file repeats anchors (*name) too often to be read safely; write the values out instead',
  'yaml.unreadable': 'the YAML cannot be read here; check the indentation, colons and quotes',
} as const;

export type YamlCheckKey = keyof typeof yamlCheckEn;
