// Flesch reading ease (English) and Flesch-Douma (Dutch), clamped to 0..100, and the grade bands.
import { syllables } from './syllables.js';
import type { Grade, PlainLanguage, Sentence } from './types.js';

/**
 * English, Flesch (1948): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
 * Dutch, Douma (1960): 206.84 − 0.93 × words per sentence − 77 × syllables per word
 * (published as 0.77 × syllables per 100 words, the same thing).
 */
export function readingEase(
  lang: PlainLanguage,
  words: number,
  sentences: number,
  syllableCount: number,
): number {
  if (words === 0 || sentences === 0) return 100;
  const perSentence = words / sentences;
  const perWord = syllableCount / words;
  const raw =
    lang === 'nl'
      ? 206.84 - 0.93 * perSentence - 77 * perWord
      : 206.835 - 1.015 * perSentence - 84.6 * perWord;
  return Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
}

/**
 * Flesch's own table, which Douma's scale follows: 80 and up is easy (B1 and lower), 70-80 fairly easy,
 * 60-70 standard (plain English), 30-60 difficult (fairly difficult and difficult together), below 30 very
 * difficult (academic prose).
 */
export function grade(score: number): Grade {
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly_easy';
  if (score >= 60) return 'standard';
  if (score >= 30) return 'difficult';
  return 'very_difficult';
}

export function scoreSentences(lang: PlainLanguage, sentences: readonly Sentence[]) {
  let words = 0;
  let syllableCount = 0;
  for (const sentence of sentences) {
    words += sentence.words.length;
    for (const word of sentence.words) syllableCount += syllables(word.text, lang);
  }
  const score = readingEase(lang, words, sentences.length, syllableCount);
  return { score, grade: grade(score), words, sentences: sentences.length, syllables: syllableCount };
}
