// The plain-language check: jargon, long sentences, passive voice and a readability score, for nl and en.
import { jargonEn } from './jargon-en.js';
import { jargonNl } from './jargon-nl.js';
import { buildJargonMatcher, type JargonMatcher } from './jargon-match.js';
import { maskMarkdown } from './markdown-mask.js';
import { findPassivesEn } from './passive-en.js';
import { findPassivesNl } from './passive-nl.js';
import { scoreSentences } from './readability.js';
import { splitSentences } from './text-split.js';
import type {
  Finding,
  JargonTerm,
  PlainLanguage,
  PlainLanguageOptions,
  PlainLanguageResult,
} from './types.js';

/** More words than this is a long sentence: B1 guidance for Dutch, plain-English guidance alike. */
export const MAX_SENTENCE_WORDS: Record<PlainLanguage, number> = { en: 20, nl: 20 };

export const builtInJargon: Record<PlainLanguage, readonly JargonTerm[]> = { en: jargonEn, nl: jargonNl };

// Building a matcher is the slow part and the editor checks on every keystroke with the same lists, so the
// last few are kept, by language and the content of the extra terms (a new array with the same terms hits).
const matchers = new Map<string, JargonMatcher>();
const KEEP_MATCHERS = 8;

function matcherFor(lang: PlainLanguage, extra: PlainLanguageOptions['extraJargon'] = []): JargonMatcher {
  const key = `${lang}\n${extra.map((e) => `${e.term}\t${e.plain}`).join('\n')}`;
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = buildJargonMatcher([...builtInJargon[lang], ...extra], lang);
    if (matchers.size >= KEEP_MATCHERS) matchers.delete(matchers.keys().next().value ?? '');
    matchers.set(key, matcher);
  }
  return matcher;
}

export function checkPlainLanguage(
  text: string,
  lang: PlainLanguage,
  options: PlainLanguageOptions = {},
): PlainLanguageResult {
  const masked = maskMarkdown(text);
  const sentences = splitSentences(masked);
  const findings: Finding[] = [];

  for (const hit of matcherFor(lang, options.extraJargon).find(masked)) {
    const found = text.slice(hit.start, hit.end);
    if (found !== masked.slice(hit.start, hit.end)) continue; // it spans code or a URL
    findings.push({
      kind: 'jargon',
      start: hit.start,
      end: hit.end,
      text: found,
      suggestion: hit.entry.plain,
      messageKey: 'plain.jargon',
      params: { term: found, plain: hit.entry.plain },
    });
  }

  const max = MAX_SENTENCE_WORDS[lang];
  for (const sentence of sentences) {
    if (sentence.words.length > max) {
      findings.push({
        kind: 'long_sentence',
        start: sentence.start,
        end: sentence.end,
        text: text.slice(sentence.start, sentence.end),
        messageKey: 'plain.long_sentence',
        params: { words: sentence.words.length, max },
      });
    }
    const passives = lang === 'nl' ? findPassivesNl(sentence, masked) : findPassivesEn(sentence);
    for (const span of passives) {
      findings.push({
        kind: 'passive',
        ...span,
        text: text.slice(span.start, span.end),
        messageKey: 'plain.passive',
        params: { text: text.slice(span.start, span.end) },
      });
    }
  }

  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const { score, grade, words } = scoreSentences(lang, sentences);
  return { score, grade, sentences: sentences.length, words, findings };
}
