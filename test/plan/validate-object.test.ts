// validatePlan on data (from JSON or a form): the same rules as YAML, with paths but without lines.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validatePlan, validatePlanYaml, type Plan } from '../../src/core/plan/index.js';
import { minimalYaml } from './support.js';

const plan = (): Plan => parse(minimalYaml) as Plan;

describe('validatePlan', () => {
  it('accepts a valid plan and returns it unchanged', () => {
    const input = plan();
    const result = validatePlan(input);
    expect(result).toEqual({ ok: true, plan: input });
    expect(validatePlanYaml(minimalYaml)).toEqual({ ok: true, plan: input });
  });

  it('reports every problem with its path, and no line or column', () => {
    const input = plan() as any;
    input.roles[3].deputies.push('carol');
    input.scenarios[0].phases.containment[2].owner = 'ciso';
    input.audiences[1].typo = true;
    delete input.people[1].email;
    expect(validatePlan(input)).toEqual({
      ok: false,
      errors: [
        { path: ['people', 1, 'email'], message: "person 'bob': 'email' is missing" },
        {
          path: ['audiences', 1, 'typo'],
          message:
            "audience 'customers': 'typo' is not a known field here; the fields are: id, name, description, internal, channels, languages, approval_chain, cadence_minutes, recipients, chat, webhooks",
        },
        {
          path: ['roles', 3, 'deputies', 1],
          message: "role 'legal': deputy 'carol' is not a person in this plan",
        },
        {
          path: ['scenarios', 0, 'phases', 'containment', 2, 'owner'],
          message:
            "scenario 'ransomware', phase 'containment', task 3: owner role 'ciso' is not a role in this plan",
        },
      ],
    });
  });

  it('speaks Dutch when asked', () => {
    const input = plan() as any;
    input.scenarios[0].phases.containment[2].owner = 'ciso';
    expect(validatePlan(input, 'nl')).toEqual({
      ok: false,
      errors: [
        {
          path: ['scenarios', 0, 'phases', 'containment', 2, 'owner'],
          message:
            "scenario 'ransomware', fase 'containment', taak 3: eigenaarsrol 'ciso' is geen rol in dit plan",
        },
      ],
    });
  });

  it('refuses what is not a plan at all', () => {
    expect(validatePlan(null)).toEqual({ ok: false, errors: [{ path: [], message: 'the plan is empty' }] });
    expect(validatePlan([1, 2], 'nl')).toEqual({
      ok: false,
      errors: [
        {
          path: [],
          message:
            "het plan moet een groep velden zijn (sleutel: waarde), te beginnen met 'schema_version: 1'",
        },
      ],
    });
  });

  it('gives the path of a recipient field, an unused list and a jargon term, for the edit forms', () => {
    const input = plan() as any;
    input.audiences[0].recipients = [{ person: 'carol' }, { contact: 'ncsc', language: 'en' }];
    input.audiences[1].chat = [{ service: 'teams', url: 'https://example.org/teams' }];
    input.jargon = {
      nl: [
        { term: 'KA', plain: 'klantadviseur' },
        { term: 'KA', plain: 'accountmanager' },
      ],
    };
    const result = validatePlan(input, 'nl');
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      ['audiences', 0, 'recipients', 0, 'person'],
      ['audiences', 0, 'recipients', 1, 'language'],
      ['audiences', 1, 'chat'],
      ['jargon', 'nl', 1, 'term'],
    ]);
  });

  it('names an item by its number when it has no usable id', () => {
    const input = plan() as any;
    delete input.people[0].id;
    input.roles[0].deputies = [];
    const result = validatePlan(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toEqual({
      path: ['people', 0, 'id'],
      message: "person 1: 'id' is missing",
    });
  });
});
