// The shapes the plain-language check returns: a score, a grade and findings an editor can underline.
import type { Language } from '../api/common.js';

export type PlainLanguage = Language;

export type Grade = 'easy' | 'fairly_easy' | 'standard' | 'difficult' | 'very_difficult';

export type FindingKind = 'jargon' | 'long_sentence' | 'passive';

/** One thing to look at again. start/end are UTF-16 offsets into the original Markdown, end exclusive. */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
  suggestion?: string;
  messageKey: string;
  params: Record<string, string | number>;
}

export interface PlainLanguageResult {
  /** Flesch reading ease (en) or Flesch-Douma (nl), clamped to 0..100; 100 for a text without words. */
  score: number;
  grade: Grade;
  sentences: number;
  words: number;
  findings: Finding[];
}

/**
 * A word to flag and what to write instead. `forms` lists inflections the simple rules do not produce;
 * `caseSensitive` is for the few abbreviations that are also an ordinary word ("APT" and "apt").
 */
export interface JargonTerm {
  term: string;
  plain: string;
  forms?: readonly string[];
  caseSensitive?: boolean;
}

export interface PlainLanguageOptions {
  /** Extra terms, for example from the plan; they win over the built-in list for the same term. */
  extraJargon?: ReadonlyArray<{ term: string; plain: string }>;
}

/** A word of the text: its offsets in the input and its lower-case form. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export interface Sentence {
  start: number;
  end: number;
  words: Word[];
}
