// Looks up a message of the plain-language check in Dutch or English and fills in its {placeholders}.
import { plainLanguageEn, type PlainLanguageKey } from './catalogue-en.js';
import { plainLanguageNl } from './catalogue-nl.js';
import type { PlainLanguage } from './types.js';

export const plainLanguageCatalogues: Record<PlainLanguage, Record<PlainLanguageKey, string>> = {
  en: plainLanguageEn,
  nl: plainLanguageNl,
};

export function isPlainLanguageKey(key: string): key is PlainLanguageKey {
  return Object.prototype.hasOwnProperty.call(plainLanguageEn, key);
}

/** The text for a finding's messageKey and params; an unknown key comes back as itself. */
export function plainLanguageText(
  lang: PlainLanguage,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = isPlainLanguageKey(key) ? plainLanguageCatalogues[lang][key] : key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** "Readability 72 of 100: fairly easy." for a result's score and grade. */
export function describeScore(lang: PlainLanguage, score: number, grade: string): string {
  return plainLanguageText(lang, 'plain.score', {
    score: Math.round(score),
    grade: plainLanguageText(lang, `plain.grade.${grade}`),
  });
}
