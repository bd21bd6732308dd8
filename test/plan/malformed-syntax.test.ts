// Malformed plans: YAML that cannot be read (tabs, indentation, quotes, duplicate keys, aliases).
import { describe, expect, it } from 'vitest';
import { validatePlanYaml } from '../../src/core/plan/index.js';
import { edit, errorsOf, minimalYaml, type Case } from './support.js';

const syntax: Case[] = [
  {
    name: 'an unclosed quote',
    text: edit(['    name: Anna de Vries', "    name: 'Anna de Vries"]),
    errors: [{ line: 15, column: 25, message: 'a closing quote or bracket is missing here' }],
  },
  {
    name: 'a tab used for indentation',
    text: edit(['\n  language: en\nreviewed_at', '\n\tlanguage: en\nreviewed_at']),
    errors: [{ line: 5, column: 1, message: 'a tab is used for indentation here; YAML needs spaces' }],
  },
  {
    name: 'a tab used for indentation, in Dutch',
    text: edit(['\n  language: en\nreviewed_at', '\n\tlanguage: en\nreviewed_at']),
    lang: 'nl',
    errors: [{ line: 5, column: 1, message: 'hier wordt met een tab ingesprongen; YAML vraagt spaties' }],
  },
  {
    name: 'a second colon in an unquoted value',
    text: edit(['    name: Anna de Vries', '    name: Anna: de Vries']),
    errors: [
      {
        line: 15,
        column: 11,
        message:
          "there is a second ': ' in this value, or the next line is indented too far; put a value with ': ' in quotes, like title: 'Note: do this first'",
      },
    ],
  },
  {
    name: 'a key given twice in one map',
    text: edit(['  - id: ap\n', '  - id: ap\n    id: ap2\n']),
    errors: [
      { line: 26, column: 5, message: 'this key appears twice at the same level; remove or rename one' },
    ],
  },
  {
    name: 'a list item indented too far',
    text: edit(['  - id: bob', '   - id: bob']),
    errors: [
      {
        line: 19,
        column: 4,
        message:
          'the indentation is wrong here: items at the same level must start in the same column, and every [ or { must be closed',
      },
      {
        line: 20,
        column: 1,
        message:
          'the indentation is wrong here: items at the same level must start in the same column, and every [ or { must be closed',
      },
    ],
  },
  {
    name: 'a key indented too far',
    text: edit(['    email: bob@example.org', '     email: bob@example.org']),
    errors: [
      {
        line: 20,
        column: 11,
        message:
          "there is a second ': ' in this value, or the next line is indented too far; put a value with ': ' in quotes, like title: 'Note: do this first'",
      },
    ],
  },
  {
    name: 'an unclosed bracket',
    text: edit(['    deputies: [bob]', '    deputies: [bob']),
    errors: [
      {
        line: 38,
        column: 5,
        message:
          'the indentation is wrong here: items at the same level must start in the same column, and every [ or { must be closed',
      },
    ],
  },
  {
    name: 'two documents in one file',
    text: edit(['schema_version: 1\n', 'schema_version: 1\n---\nextra: 1\n']),
    errors: [
      {
        line: 3,
        column: 1,
        message: "the file holds more than one document (a line '---'); a plan is one document",
      },
    ],
  },
  {
    name: 'an alias to an anchor that does not exist',
    text: edit(['    cadence_minutes: 120', '    cadence_minutes: *often']),
    errors: [{ line: 102, column: 22, message: "'*often' refers to an anchor that is not defined" }],
  },
];

describe('a plan that cannot be read is refused with the exact message and place', () => {
  it('starts from a valid fixture', () => {
    expect(validatePlanYaml(minimalYaml)).toMatchObject({ ok: true });
  });

  it.each(syntax)('$name', ({ text, lang, errors }) => {
    expect(errorsOf(text, lang)).toEqual(errors);
  });

  it('refuses an empty file and a file that is not a group of fields', () => {
    expect(errorsOf('')).toEqual([{ line: undefined, column: undefined, message: 'the plan is empty' }]);
    expect(errorsOf('# only a comment\n', 'nl')).toEqual([
      { line: undefined, column: undefined, message: 'het plan is leeg' },
    ]);
    expect(errorsOf('- roles\n- people\n')).toEqual([
      {
        line: 1,
        column: 1,
        message: "the plan must be a group of fields (key: value), starting with 'schema_version: 1'",
      },
    ]);
  });

  it('refuses anchors repeated so often that reading them would exhaust memory', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    expect(errorsOf(bomb)).toEqual([
      {
        line: undefined,
        column: undefined,
        message: 'the file repeats anchors (*name) too often to be read safely; write the values out instead',
      },
    ]);
  });
});
