// Looks up a word of plan validation in Dutch or English and fills in its {placeholders}.
import { planEn, type PlanMessageKey } from './catalogue-en.js';
import { planNl } from './catalogue-nl.js';
import type { PlanLanguage } from './enums.js';

export type { PlanMessageKey };
export type PlanParams = Record<string, string | number>;

export const planCatalogues: Record<PlanLanguage, Record<PlanMessageKey, string>> = {
  en: planEn,
  nl: planNl,
};

export function planText(lang: PlanLanguage, key: PlanMessageKey, params: PlanParams = {}): string {
  return planCatalogues[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}
