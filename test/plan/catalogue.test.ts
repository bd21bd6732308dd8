// The plan catalogue: Dutch and English say the same things, and every template variable is explained.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planCatalogues, planText, templateVariables } from '../../src/core/plan/index.js';

const { en, nl } = planCatalogues;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('plan catalogue', () => {
  it('has the same keys in Dutch and English, none empty, with the same placeholders', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(placeholders(nl[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('explains every template variable, and nothing else', () => {
    const described = Object.keys(en)
      .filter((k) => k.startsWith('var.'))
      .map((k) => k.slice(4));
    expect(described.sort()).toEqual([...templateVariables].sort());
  });

  it('has no key that the validator never uses', () => {
    // The checks every YAML document shares (wrong types, field labels) live in src/core/yaml-check.
    const source = ['src/core/plan', 'src/core/yaml-check']
      .flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.ts') && !f.startsWith('catalogue') && !f.startsWith('words'))
          .map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
      )
      .join('\n');
    // Keys built from a prefix at run time: noun.<list>, type.<type>, var.<variable>, yaml.<code>, loc.<part>.
    const dynamic = /^(noun|type|var|loc|yaml|term)\./;
    const unused = Object.keys(en).filter((k) => !dynamic.test(k) && !source.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });

  it('fills in placeholders', () => {
    expect(planText('nl', 'owner_not_role', { id: 'ciso' })).toBe(
      "eigenaarsrol 'ciso' is geen rol in dit plan",
    );
    expect(planText('en', 'missing', { field: "'primary'" })).toBe("'primary' is missing");
  });
});
