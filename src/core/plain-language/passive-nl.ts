// Finds Dutch passive constructions where it is easy to tell: "worden" with a participle, or "is/zijn"
// with a ge-participle and "door" in the same sentence.
import type { Sentence, Word } from './types.js';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest']);

// Words that look like a participle but are not one: nouns and adjectives (ge-, be-, ver- words ending in
// d, t or n) and infinitives of verbs that begin with ge- or be-.
const NOT_PARTICIPLE = new Set(
  (
    'gebied geld geluid gezicht gewicht gevolgen gegeven geheugen gezond gewoon gelegenheid geduld gedicht ' +
    'gerecht gesprek gezin gebit gemeenten gemeente gebouwen gebieden gemeen geweten ' +
    'bestand beleid bericht bedrijf verband verstand verschil ' +
    'verhaal verslag verzoek verbod bewust bekend beroemd beperkt besef vertrouwd verantwoord ' +
    'geven gebruiken geloven gebeuren genieten gelden genezen gelijken beginnen bellen bestellen ' +
    'verder vergaderen begint bedient verwacht'
  ).split(' '),
);

// A participle: ge-...-d/-t/-n ("gestolen", "gedaan"; "hersteld" has no ge-), also after a separable part
// ("opgelost", "uitgevoerd"); with an unstressed prefix (be-, er-, her-, ont-, ver-) only -d/-t, because
// "-en" would also catch the infinitive ("verwerken").
const GE_PARTICIPLE = /^\p{L}{0,5}ge\p{L}{2,}[dtn]$/u;
const PREFIX_PARTICIPLE = /^(?:be|er|her|ont|ver|onder)\p{L}{2,}[dt]$/u;
const PREFIX_STRONG = new Set(
  (
    'verholpen vergeten verloren verzonden verboden verkregen vertrokken ontvangen ontnomen ontslagen ' +
    'besloten bevonden beschreven bedrogen bestolen herschreven onderbroken ondertekend onderschreven'
  ).split(' '),
);

function isParticiple(word: Word, previous: Word | undefined): boolean {
  if (NOT_PARTICIPLE.has(word.lower) || previous?.lower === 'te') return false;
  return (
    GE_PARTICIPLE.test(word.lower) || PREFIX_PARTICIPLE.test(word.lower) || PREFIX_STRONG.has(word.lower)
  );
}

function isGeParticiple(word: Word): boolean {
  return !NOT_PARTICIPLE.has(word.lower) && GE_PARTICIPLE.test(word.lower);
}

// A clause ends at a comma or a conjunction that starts a new one. The participle of "worden" sits in the
// same clause: right before it in a subordinate clause ("omdat de bestanden hersteld worden"), or after it
// ("worden ... hersteld").
const CLAUSE_BREAK = new Set(['en', 'maar', 'of', 'want', 'omdat', 'dat', 'die', 'als', 'wanneer', 'zodat']);

function clauseEnd(words: readonly Word[], masked: string, from: number): number {
  for (let j = from + 1; j < words.length; j++) {
    if (CLAUSE_BREAK.has(words[j]!.lower)) return j;
    if (/[,;:]/.test(masked.slice(words[j - 1]!.end, words[j]!.start))) return j;
  }
  return words.length;
}

/** The spans from the auxiliary to the participle (or the other way round), one per construction. */
export function findPassivesNl(sentence: Sentence, masked: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const words = sentence.words;
  const hasDoor = words.some((w) => w.lower === 'door');
  for (let i = 0; i < words.length; i++) {
    const aux = words[i]!;
    const isWorden = WORDEN.has(aux.lower);
    const isZijn = ZIJN.has(aux.lower);
    if (!isWorden && !isZijn) continue;
    const before = words[i - 1];
    const match = (w: Word, k: number) => (isWorden ? isParticiple(w, words[k - 1]) : isGeParticiple(w));
    // "is/zijn" with a participle is mostly the perfect ("we zijn begonnen"); only "door" makes it passive.
    if (isZijn && !hasDoor) continue;
    if (before && match(before, i - 1)) {
      found.push({ start: before.start, end: aux.end });
      continue;
    }
    const end = clauseEnd(words, masked, i);
    for (let j = i + 1; j < end; j++) {
      if (match(words[j]!, j)) {
        found.push({ start: aux.start, end: words[j]!.end });
        i = j;
        break;
      }
    }
  }
  return found;
}
