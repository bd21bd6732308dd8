// Counts syllables by vowel groups, with the usual corrections for English and Dutch spelling.

/** Numbers are read aloud: count about one syllable per digit, at most four ("2024" is not short). */
function numberSyllables(word: string): number {
  const digits = word.replace(/\D/g, '').length;
  return Math.min(Math.max(digits, 1), 4);
}

const EN_VOWEL_GROUP = /[aeiouy]+/g;

/**
 * English: vowel groups, minus a silent final e ("make"), a silent -ed ("stopped" but not "wanted") and
 * a silent -es ("makes" but not "boxes", "changes"); "-le" after a consonant keeps its syllable ("table"),
 * and "-ely", "-ement", "-eful" lose the silent e inside ("safely", "statement", "hopeful").
 */
export function syllablesEn(word: string): number {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  if (/^\d/.test(w)) return numberSyllables(w);
  w = w.normalize('NFD').replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  if (/[^aeiou]ed$/.test(w) && !/[td]ed$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouy]es$/.test(w) && !/(?:[sxzcg]|[cs]h)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  let count = (w.match(EN_VOWEL_GROUP) ?? []).length;
  if (/[^aeiouy]e(?:ly|ment|ful)/.test(w)) count -= 1;
  return Math.max(count, 1);
}

// Dutch vowel combinations that make one sound, longest first; after "aai", "ooi", "oei", "eeu" and "ieu"
// come the two-letter ones. A vowel with a diaeresis (ë, ï, ö, ü) starts a new syllable: "ideeën",
// "coördinatie".
const NL_NUCLEI = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'eau',
  'ij',
  'ei',
  'oe',
  'ou',
  'au',
  'ai',
  'ui',
  'eu',
  'ie',
  'aa',
  'ee',
  'oo',
  'uu',
];
const NL_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ë', 'ï', 'ö', 'ü']);
const DIAERESIS = new Set(['ä', 'ë', 'ï', 'ö', 'ü']);

export function syllablesNl(word: string): number {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  if (/^\d/.test(w)) return numberSyllables(w);
  // Keep the diaeresis, drop other accents (é, è, ó: "één", "café").
  w = w
    .normalize('NFD')
    .replace(/[\u0300-\u0307\u0309-\u036f]/g, '')
    .normalize('NFC');
  let count = 0;
  let i = 0;
  while (i < w.length) {
    const c = w[i]!;
    if (!NL_VOWELS.has(c)) {
      i++;
      continue;
    }
    count++;
    const nucleus = DIAERESIS.has(c) ? undefined : NL_NUCLEI.find((n) => w.startsWith(n, i));
    i += nucleus ? nucleus.length : 1;
  }
  return Math.max(count, w.length > 0 ? 1 : 0);
}

export function syllables(word: string, lang: 'nl' | 'en'): number {
  return lang === 'nl' ? syllablesNl(word) : syllablesEn(word);
}
