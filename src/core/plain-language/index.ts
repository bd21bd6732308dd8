// The plain-language check for message editors (browser and server): one function, its types, its words.
export { checkPlainLanguage, MAX_SENTENCE_WORDS, builtInJargon } from './check.js';
export {
  plainLanguageText,
  describeScore,
  plainLanguageCatalogues,
  isPlainLanguageKey,
} from './catalogue.js';
export type { PlainLanguageKey } from './catalogue-en.js';
export { readingEase, grade as gradeForScore } from './readability.js';
export { syllablesEn, syllablesNl } from './syllables.js';
export type {
  Finding,
  FindingKind,
  Grade,
  JargonTerm,
  PlainLanguage,
  PlainLanguageOptions,
  PlainLanguageResult,
} from './types.js';
