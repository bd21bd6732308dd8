// Finds English passive constructions where it is easy to tell: a form of "be", then a past participle.
import type { Sentence, Word } from './types.js';

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

// About eighty common irregular past participles. Left out on purpose: "gone", "come", "become" and "upset",
// which after "be" are rarely passive ("they are gone", "I am upset").
const IRREGULAR = new Set(
  (
    'arisen awoken beaten begun bent bitten blown broken brought built burnt bought caught chosen cost cut ' +
    'dealt done drawn driven eaten fallen fed felt fought found forbidden forgotten forgiven frozen given ' +
    'grown hung heard hidden hit held hurt kept known laid led left lent let lit lost made meant met paid ' +
    'put read rebuilt reset rewritten ridden risen run said seen sought sold sent set shaken shown shut ' +
    'shot ' +
    'slept spoken spent split spread stolen stuck struck sworn swept taken taught torn told thought thrown ' +
    'understood undertaken withdrawn woken worn won written overtaken overwritten mistaken'
  ).split(' '),
);

// Words ending in -ed that are not participles, and participles that after "be" describe a state
// ("we are closed", "you are not affected"): not worth a warning.
const NOT_PASSIVE = new Set(
  (
    'need needed indeed speed feed seed bed red shed hundred sacred naked wicked proceed exceed succeed ' +
    'embed breed greed weed closed interested concerned worried tired pleased surprised excited scared ' +
    'married supposed located based involved affected prepared committed dedicated determined used ' +
    'aged beloved skilled talented experienced qualified advanced detailed limited'
  ).split(' '),
);

// Between "be" and the participle one word may stand ("is now restored", "were not affected", "is being
// fixed"), but not a determiner or possessive: "this is the updated plan" is not passive.
const NOT_BETWEEN = new Set(
  'the a an this that these those our your their its my his her some any no every each'.split(' '),
);

function isParticiple(word: Word): boolean {
  const w = word.lower.replace(/[’']s$/, '');
  if (NOT_PASSIVE.has(w)) return false;
  if (IRREGULAR.has(w)) return true;
  return w.length >= 5 && /[a-z]ed$/.test(w) && !/eed$/.test(w);
}

/** The spans from the form of "be" to the participle, one per construction. */
export function findPassivesEn(sentence: Sentence): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    if (!BE.has(words[i]!.lower)) continue;
    for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
      const word = words[j]!;
      if (isParticiple(word)) {
        found.push({ start: words[i]!.start, end: word.end });
        i = j;
        break;
      }
      if (NOT_BETWEEN.has(word.lower)) break;
    }
  }
  return found;
}
