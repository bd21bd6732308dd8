// The starter plan in the organisation's language (plans/starter-nl.yaml, plans/starter-en.yaml), with its name.
import { readFileSync } from 'node:fs';
import type { Language } from '../../core/api/common.js';
import { setYamlValue } from '../../core/plan/yaml-edit.js';

export function starterPlanYaml(language: Language, organisation: string, today: string): string {
  const text = readFileSync(new URL(`../../../plans/starter-${language}.yaml`, import.meta.url), 'utf8');
  return setYamlValue(setYamlValue(text, ['organisation', 'name'], organisation), ['reviewed_at'], today);
}
