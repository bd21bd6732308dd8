// Exercise-script validation: malformed scripts get every problem, in plain nl/en words, at the right line and
// column; a script that fits is returned typed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  validateExerciseScript,
  validateExerciseScriptYaml,
  type ScriptError,
} from '../../src/core/exercise/validate.js';
import { validatePlanYaml, type Plan } from '../../src/core/plan/index.js';

const minimal = `schema_version: 1
title: Short drill
language: en
scenario: ransomware
duration_minutes: 30
incident:
  declared_by: team
objectives:
  - id: fast
    description: Declare quickly.
roles: [incident_commander, technical_lead]
injects:
  - id: call
    at: '+00:00'
    title: The helpdesk calls
    body: Files do not open.
    to: [technical_lead]
    how: [app]
  - id: note
    after:
      inject: call
      offset: '+00:05'
    title: A ransom note
    body: Pay up.
    to: [incident_commander, technical_lead]
    how: [app, email]
    from: Helpdesk
expectations:
  - id: declared
    description: The incident is declared.
    kind: incident_declared
    deadline: '+00:10'
    objective: fast
  - id: isolated
    description: Systems are disconnected.
    kind: task_done
    task: Disconnect affected systems
    deadline:
      inject: note
      offset: '+00:10'
`;

const plan: Plan = (() => {
  const r = validatePlanYaml(readFileSync('plans/starter-en.yaml', 'utf8'));
  if (!r.ok) throw new Error('the starter plan does not validate');
  return r.plan;
})();

/** The script with one line replaced (the line must occur exactly once). */
function edit(from: string, to: string, text = minimal): string {
  expect(text.split(from).length, `"${from}" occurs once`).toBe(2);
  return text.replace(from, to);
}

function errors(yaml: string, lang: 'en' | 'nl' = 'en', withPlan = true): Array<Omit<ScriptError, 'path'>> {
  const result = validateExerciseScriptYaml(yaml, lang, withPlan ? plan : undefined);
  if (result.ok) return [];
  return result.errors.map(({ line, column, message }) => ({ line, column, message }));
}

describe('exercise script validation', () => {
  it('accepts a valid script and returns it typed', () => {
    const result = validateExerciseScriptYaml(minimal, 'en', plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.script.injects.map((i) => i.id)).toEqual(['call', 'note']);
    expect(result.script.injects[1]!.after).toEqual({ inject: 'call', offset: '+00:05' });
    expect(result.script.expectations[1]).toMatchObject({
      kind: 'task_done',
      task: 'Disconnect affected systems',
    });
    expect(validateExerciseScript(parse(minimal), 'en', plan)).toEqual(result);
  });

  it('an empty file and a file that is not a group of fields', () => {
    expect(errors('')).toEqual([{ line: undefined, column: undefined, message: 'the script is empty' }]);
    expect(errors('- a\n- b\n', 'nl')[0]!.message).toBe(
      "het oefenscript moet een groep velden zijn (sleutel: waarde), te beginnen met 'schema_version: 1'",
    );
  });

  it('YAML syntax errors point at the line, in plain words', () => {
    expect(errors(edit('title: Short drill', 'title: Short drill\n\tlanguage: en'))).toEqual([
      { line: 3, column: 1, message: 'a tab is used for indentation here; YAML needs spaces' },
      { line: 4, column: 1, message: 'this key appears twice at the same level; remove or rename one' },
    ]);
    expect(errors(edit('title: Short drill', 'title: Short drill\ntitle: Again'), 'nl')).toEqual([
      {
        line: 3,
        column: 1,
        message: 'deze sleutel staat twee keer op hetzelfde niveau; verwijder of hernoem er één',
      },
    ]);
  });

  it('reports every shape problem at once, with line and column', () => {
    let yaml = edit('language: en', 'language: fr');
    yaml = edit("    at: '+00:00'", '    at: 0:15', yaml);
    yaml = edit('    how: [app]', '    how: [app, sms]', yaml);
    yaml = edit('    kind: task_done', '    kind: task_completed', yaml);
    yaml = edit('duration_minutes: 30', 'duration_minutes: 600', yaml);
    yaml = edit('  - id: note', '  - id: Ransom note', yaml);
    yaml = edit('    title: The helpdesk calls', '    titel: The helpdesk calls', yaml);
    expect(errors(yaml, 'en', false)).toEqual([
      { line: 3, column: 11, message: "script: language 'fr' is not allowed; choose one of: nl, en" },
      { line: 5, column: 19, message: "script: 'duration_minutes' must be at most 480" },
      { line: 13, column: 5, message: "inject 'call': 'title' is missing" },
      {
        line: 14,
        column: 9,
        message:
          "inject 'call': at '0:15' is not a time from the start; write it as '+HH:MM' (like '+00:15' or '+01:30')",
      },
      {
        line: 15,
        column: 5,
        message:
          "inject 'call', 'titel': 'titel' is not a known field here; the fields are: id, at, after, title, body, to, how, from, facilitator_notes, questions",
      },
      {
        line: 18,
        column: 16,
        message: "inject 'call': how item 2 'sms' is not allowed; choose one of: app, email",
      },
      {
        line: 19,
        column: 9,
        message:
          "inject 'Ransom note': id 'Ransom note' must be lower_snake_case: small letters, digits and underscores, starting with a letter (like 'ransom_note')",
      },
      {
        line: 36,
        column: 11,
        message:
          "expectation 'isolated': kind 'task_completed' is not allowed; choose one of: incident_declared, role_assigned, phase_reached, task_done, decision_recorded, message_published, legal_assessment_recorded",
      },
      {
        line: 39,
        column: 15,
        message: "expectation 'isolated', 'deadline.inject': 'note' is not an inject in this script",
      },
    ]);
  });

  it('says the same in Dutch', () => {
    const yaml = edit("      offset: '+00:05'", '      offset: 5');
    expect(errors(yaml, 'nl')).toEqual([
      {
        line: 22,
        column: 15,
        message:
          "inject 'note': after.offset wordt gelezen als een getal (5); schrijf de tijd als '+UU:MM' tussen aanhalingstekens (zoals '+00:15')",
      },
    ]);
  });

  it('checks when injects fire: exactly one of at and after, known injects, no cycles, not after the end', () => {
    let yaml = edit("    at: '+00:00'", "    at: '+00:00'\n    after: { inject: note, offset: '+00:01' }");
    yaml = edit('      inject: call', '      inject: cal', yaml);
    expect(errors(yaml)).toEqual([
      { line: 15, column: 5, message: "inject 'call', 'after': give either 'at' or 'after', not both" },
      {
        line: 22,
        column: 15,
        message: "inject 'note', 'after.inject': 'cal' is not an inject in this script",
      },
    ]);

    const cycle = edit("    at: '+00:00'", "    after:\n      inject: note\n      offset: '+00:01'");
    expect(errors(cycle)).toEqual([
      {
        line: 15,
        column: 15,
        message:
          "inject 'call', 'after.inject': the injects 'call', 'note' each wait for another, so none of them would ever fire",
      },
      {
        line: 23,
        column: 15,
        message:
          "inject 'note', 'after.inject': the injects 'call', 'note' each wait for another, so none of them would ever fire",
      },
    ]);

    const none = edit("    at: '+00:00'\n", '');
    expect(errors(none)).toEqual([
      {
        line: 13,
        column: 5,
        message:
          "inject 'call': say when it fires: 'at' (a time from the start, like '+00:15') or 'after' (another inject and an offset)",
      },
    ]);

    const late = edit("      offset: '+00:05'", "      offset: '+00:35'");
    expect(errors(late)).toEqual([
      {
        line: 20,
        column: 5,
        message:
          "inject 'note', 'after': fires at +00:35, after the exercise ends (30 minutes); bring it forward or raise duration_minutes",
      },
      {
        line: 38,
        column: 5,
        message:
          "expectation 'isolated', 'deadline': the deadline falls at +00:45, after the exercise ends (30 minutes); bring it forward or raise duration_minutes",
      },
    ]);
  });

  it('checks ids, recipients, objectives and deadlines inside the script', () => {
    let yaml = edit('  - id: note', '  - id: call');
    yaml = edit('    to: [technical_lead]', '    to: [technical_lead, legal, technical_lead]', yaml);
    yaml = edit('    objective: fast', '    objective: quick', yaml);
    yaml = edit(
      "    deadline: '+00:10'",
      "    deadline:\n      inject: nothing\n      offset: '+00:10'",
      yaml,
    );
    expect(errors(yaml)).toEqual([
      {
        line: 17,
        column: 26,
        message:
          "inject 'call', 'to' item 2: 'legal' is not one of the participating roles ('roles'); add it there or send the inject to another role",
      },
      { line: 17, column: 33, message: "inject 'call': 'to' item 3 lists 'technical_lead' more than once" },
      { line: 19, column: 9, message: "inject 2, 'id': id 'call' is already used by inject 1" },
      { line: 21, column: 15, message: "inject 'call', 'after.inject': an inject cannot come after itself" },
      {
        line: 33,
        column: 15,
        message: "expectation 'declared', 'deadline.inject': 'nothing' is not an inject in this script",
      },
      {
        line: 35,
        column: 16,
        message:
          "expectation 'declared', 'objective': 'quick' is not an objective in this script; the objectives are: fast",
      },
      {
        line: 41,
        column: 15,
        message: "expectation 'isolated', 'deadline.inject': 'note' is not an inject in this script",
      },
    ]);
  });

  it('checks the fields that belong to each kind of expectation', () => {
    let yaml = edit('    kind: incident_declared', '    kind: incident_declared\n    role: legal');
    yaml = edit('    task: Disconnect affected systems\n', '', yaml);
    expect(errors(yaml)).toEqual([
      {
        line: 32,
        column: 5,
        message:
          "expectation 'declared', 'role': 'role' does not belong to an expectation of kind 'incident_declared'",
      },
      { line: 35, column: 5, message: "expectation 'isolated': 'task' is missing" },
    ]);
    const bad = edit("    deadline: '+00:10'", '    deadline: [10]');
    expect(errors(bad)).toEqual([
      {
        line: 32,
        column: 5,
        message:
          "expectation 'declared': 'deadline' must be a time like '+00:15' or a group with 'inject' and 'offset', but is a list",
      },
    ]);
  });

  it('a facilitator who declares needs a severity, and the team cannot be expected to declare', () => {
    const yaml = edit('  declared_by: team', '  declared_by: facilitator');
    expect(errors(yaml)).toEqual([
      {
        line: 6,
        column: 1,
        message:
          "incident: the facilitator declares the incident at the start, so give its 'severity' (a severity of the plan, like sev1)",
      },
      {
        line: 31,
        column: 11,
        message:
          "expectation 'declared', 'kind': the facilitator declares the incident at the start, so the team cannot be expected to declare it; set incident.declared_by to team",
      },
    ]);
  });

  it('checks the script against the plan: scenario, roles, severity, audiences and tasks', () => {
    let yaml = edit(
      'roles: [incident_commander, technical_lead]',
      'roles: [incident_commander, technical_lead, ciso]',
    );
    yaml = edit('  declared_by: team', '  declared_by: team\n  severity: sev9', yaml);
    yaml = edit('    task: Disconnect affected systems', '    task: Reboot everything', yaml);
    yaml = edit('    kind: incident_declared', '    kind: message_published\n    audience: investors', yaml);
    expect(errors(yaml)).toEqual([
      {
        line: 8,
        column: 13,
        message:
          "incident: severity 'sev9' is not a severity in the plan; the plan has: sev1, sev2, sev3, sev4",
      },
      {
        line: 12,
        column: 45,
        message:
          "script, 'roles' item 3: 'ciso' is not a role in the plan; the plan has: incident_commander, technical_lead, communications_lead, legal, privacy_officer, hr, management, scribe",
      },
      {
        line: 33,
        column: 15,
        message:
          "expectation 'declared': audience 'investors' is not an audience in the plan; the plan has: employees, customers, partners, press, regulators, board, response_team, data_subjects",
      },
      {
        line: 39,
        column: 11,
        message:
          "expectation 'isolated', 'task': no task of scenario 'ransomware' has a title that starts with 'Reboot everything'; copy the start of the task's title from the plan",
      },
    ]);
    // Without the plan, only the script's own rules apply.
    expect(errors(yaml, 'en', false)).toEqual([]);

    const ddos = edit(
      '    kind: incident_declared',
      '    kind: message_published\n    audience: regulators',
      edit(
        'scenario: ransomware',
        'scenario: ddos_outage',
        edit('    task: Disconnect affected systems', '    task: Hold a review'),
      ),
    );
    expect(errors(ddos, 'nl')).toEqual([
      {
        line: 32,
        column: 15,
        message:
          "verwachting 'declared': doelgroep 'regulators' hoort niet bij de doelgroepen die scenario 'ddos_outage' informeert (employees, customers, partners, press, board, response_team), dus er kan geen bericht aan worden geschreven",
      },
    ]);
    expect(errors(edit('scenario: ransomware', 'scenario: flood'))).toEqual([
      {
        line: 4,
        column: 11,
        message:
          "script: scenario 'flood' is not a scenario in the plan; the plan has: ransomware, data_breach, phishing_account_takeover, network_intrusion, ddos_outage",
      },
    ]);
  });

  it('a task must match exactly one task of the scenario, by the start of its title', () => {
    expect(errors(edit('    task: Disconnect affected systems', '    task: Re'))).toEqual([
      {
        line: 37,
        column: 11,
        message:
          "expectation 'isolated', 'task': 'Re' matches 7 tasks of scenario 'ransomware'; quote more of the title so it matches one",
      },
    ]);
    expect(
      errors(edit('    task: Disconnect affected systems', '    task: photograph THE RANSOM NOTE')),
    ).toEqual([]);
  });
});
