// The built-in exercise scripts (exercises/*.yaml) validate against the starter plan in their language, and hold
// what a facilitator needs for an hour: 6-10 injects, expectations of several kinds, in both languages alike.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateExerciseScriptYaml } from '../../src/core/exercise/validate.js';
import {
  deadlineMinutes,
  plannedInjectMinutes,
  type ExerciseScript,
} from '../../src/core/exercise/script.js';
import { validatePlanYaml, type Plan } from '../../src/core/plan/index.js';

const plans: Record<'nl' | 'en', Plan> = {
  nl: starter('nl'),
  en: starter('en'),
};
function starter(lang: 'nl' | 'en'): Plan {
  const r = validatePlanYaml(readFileSync(`plans/starter-${lang}.yaml`, 'utf8'));
  if (!r.ok) throw new Error(`plans/starter-${lang}.yaml does not validate`);
  return r.plan;
}

const files = readdirSync('exercises')
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function load(file: string): ExerciseScript {
  const lang = file.endsWith('-nl.yaml') ? 'nl' : 'en';
  const result = validateExerciseScriptYaml(readFileSync(`exercises/${file}`, 'utf8'), lang, plans[lang]);
  if (!result.ok)
    throw new Error(`${file}:\n${result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n')}`);
  return result.script;
}

describe('built-in exercise scripts', () => {
  it('are the three scenarios, each in Dutch and English', () => {
    expect(files).toEqual([
      'phishing-data-breach-en.yaml',
      'phishing-data-breach-nl.yaml',
      'portal-outage-en.yaml',
      'portal-outage-nl.yaml',
      'ransomware-en.yaml',
      'ransomware-nl.yaml',
    ]);
  });

  for (const file of files) {
    it(`${file} validates against the starter plan in its language and fits in its hour`, () => {
      const script = load(file);
      expect(script.language).toBe(file.endsWith('-nl.yaml') ? 'nl' : 'en');
      expect(script.duration_minutes).toBe(60);
      expect(script.injects.length).toBeGreaterThanOrEqual(6);
      expect(script.injects.length).toBeLessThanOrEqual(10);
      // The eight standard roles take part: eight colleagues, one role each.
      expect(script.roles).toHaveLength(8);
      const planned = plannedInjectMinutes(script);
      for (const i of script.injects) {
        expect(planned.get(i.id), i.id).toBeGreaterThanOrEqual(0);
        expect(planned.get(i.id), i.id).toBeLessThanOrEqual(script.duration_minutes);
      }
      for (const x of script.expectations) {
        const due = deadlineMinutes(x.deadline, planned);
        expect(due, x.id).toBeGreaterThan(0);
        expect(due, x.id).toBeLessThanOrEqual(script.duration_minutes);
        expect(x.objective, `${x.id} serves an objective`).toBeDefined();
      }
      // Every objective is measured by at least one expectation.
      for (const o of script.objectives)
        expect(
          script.expectations.some((x) => x.objective === o.id),
          o.id,
        ).toBe(true);
      const kinds = new Set(script.expectations.map((x) => x.kind));
      for (const kind of ['incident_declared', 'message_published', 'decision_recorded', 'task_done'])
        expect(kinds, kind).toContain(kind);
    });
  }

  it('the Dutch and English version of each script run the same exercise', () => {
    for (const name of ['ransomware', 'phishing-data-breach', 'portal-outage']) {
      const [nl, en] = [load(`${name}-nl.yaml`), load(`${name}-en.yaml`)];
      expect(nl.scenario).toBe(en.scenario);
      expect(nl.roles).toEqual(en.roles);
      expect(Object.values(Object.fromEntries(plannedInjectMinutes(nl)))).toEqual(
        Object.values(Object.fromEntries(plannedInjectMinutes(en))),
      );
      expect(nl.injects.map((i) => [i.to, i.how])).toEqual(en.injects.map((i) => [i.to, i.how]));
      const shape = (s: ExerciseScript) =>
        s.expectations.map((x) => ({
          kind: x.kind,
          due: deadlineMinutes(x.deadline, plannedInjectMinutes(s)),
          target: 'role' in x ? x.role : 'phase' in x ? x.phase : 'audience' in x ? x.audience : null,
        }));
      expect(shape(nl)).toEqual(shape(en));
    }
  });

  it("the scripts carry the issue's story: journalist, partly encrypted backups, the regulator, a partner asking for an ETA", () => {
    const en = (name: string) => load(`${name}-en.yaml`);
    const ransomware = en('ransomware');
    expect(ransomware.scenario).toBe('ransomware');
    expect(ransomware.injects.map((i) => i.id)).toEqual(
      expect.arrayContaining(['helpdesk_calls', 'ransom_note', 'journalist_calls', 'backups_encrypted']),
    );
    expect(
      ransomware.expectations.some((x) => x.kind === 'message_published' && x.audience === 'press'),
    ).toBe(true);
    const phishing = en('phishing-data-breach');
    expect(phishing.injects.map((i) => i.id)).toContain('regulator_follow_up');
    expect(phishing.expectations.some((x) => x.kind === 'legal_assessment_recorded')).toBe(true);
    expect(
      phishing.expectations.some((x) => x.kind === 'message_published' && x.audience === 'regulators'),
    ).toBe(true);
    const outage = en('portal-outage');
    expect(outage.scenario).toBe('ddos_outage');
    expect(outage.injects.map((i) => i.id)).toEqual(
      expect.arrayContaining(['helpdesk_flooded', 'partner_eta']),
    );
    expect(outage.expectations.some((x) => x.kind === 'message_published' && x.audience === 'partners')).toBe(
      true,
    );
  });
});
