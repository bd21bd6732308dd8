// Looks up a word of exercise-script validation in Dutch or English and fills in its {placeholders}.
import type { PlanLanguage } from '../plan/enums.js';
import { exerciseEn, type ExerciseMessageKey } from './catalogue-en.js';
import { exerciseNl } from './catalogue-nl.js';

export type { ExerciseMessageKey };
export type ExerciseParams = Record<string, string | number>;

export const exerciseCatalogues: Record<PlanLanguage, Record<ExerciseMessageKey, string>> = {
  en: exerciseEn,
  nl: exerciseNl,
};

export function exerciseText(
  lang: PlanLanguage,
  key: ExerciseMessageKey,
  params: ExerciseParams = {},
): string {
  return exerciseCatalogues[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}
