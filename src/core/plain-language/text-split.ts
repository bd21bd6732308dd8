// Splits masked text into words and sentences, keeping offsets into the original input.
import type { Sentence, Word } from './types.js';

// Letters and digits, with inner apostrophes ("foto's", "don't") and hyphens ("zero-day", "e-mail").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‐-][\p{L}\p{M}\p{N}]+)*/gu;

// A sentence ends at . ! ? or … (with closing quotes, brackets or emphasis after it) when what follows is
// the end of the text or whitespace and then something other than a lower-case letter: "e.g. the" and
// "bijv. een" do not end a sentence, "3.5" does not either. A blank line always ends one.
const SENTENCE_END = /[.!?…]+["'”’»)\]*_]*(?=\s+[^\s\p{Ll}]|\s*$)|\n[ \t]*\n/gu;

export function splitWords(masked: string): Word[] {
  return [...masked.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    lower: m[0].toLowerCase(),
  }));
}

/** The sentences of the masked text; a stretch without words (a rule, a code block) is no sentence. */
export function splitSentences(masked: string): Sentence[] {
  const words = splitWords(masked);
  const ends = [...masked.matchAll(SENTENCE_END)].map((m) => ({
    at: m.index,
    end: m[0].startsWith('\n') ? m.index : m.index + m[0].replace(/["'”’»)\]*_]+$/, '').length,
  }));
  const sentences: Sentence[] = [];
  let current: Word[] = [];
  let e = 0;
  const close = (end: number): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) sentences.push({ start: first.start, end: Math.max(end, last.end), words: current });
    current = [];
  };
  for (const word of words) {
    while (e < ends.length && ends[e]!.at < word.start) {
      close(ends[e]!.end);
      e++;
    }
    current.push(word);
  }
  close(e < ends.length ? ends[e]!.end : 0);
  return sentences;
}
