// Finds jargon in masked text: whole words and phrases, case-insensitive, longest first, simple inflections.
import type { JargonTerm, PlainLanguage } from './types.js';

export interface JargonHit {
  start: number;
  end: number;
  entry: JargonTerm;
}

export interface JargonMatcher {
  find(masked: string): JargonHit[];
}

/** "Zero-day", "zero day" and "zero–day" are one key; so are ’ and '. */
function key(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s‐–-]+/g, ' ')
    .trim();
}

/** The forms of the last word the simple spelling rules give; only for words of four letters or more. */
function inflect(word: string, lang: PlainLanguage): string[] {
  if (!/\p{Ll}/u.test(word)) return [`${word}s`, `${word}'s`]; // abbreviations: IOCs, IOC's
  if (word.length < 4) return [];
  if (lang === 'en') {
    if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`];
    if (word.endsWith('e')) return [`${word}s`, `${word}d`, `${word.slice(0, -1)}ing`];
    return [`${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}'s`];
  }
  const stem = /[eë]ren$/.exec(word) ? word.replace(/[eë]ren$/, '') : null;
  if (stem) return [`${stem}eer`, `${stem}eert`, `${stem}eerde`, `${stem}eerden`, `ge${stem}eerd`];
  if (word.endsWith('e')) return [`${word}s`, `${word}n`];
  if (/[aiouy]$/.test(word)) return [`${word}'s`];
  return [`${word}s`, `${word}en`, `${word}e`, `${word}'s`];
}

function formsOf(entry: JargonTerm, lang: PlainLanguage): string[] {
  const explicit = [entry.term, ...(entry.forms ?? [])];
  const forms = new Set(explicit);
  for (const phrase of explicit) {
    const words = phrase.split(/\s+/);
    const last = words.pop() ?? '';
    for (const form of inflect(last, lang)) forms.add([...words, form].join(' '));
  }
  return [...forms];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: any run of spaces or hyphens between its parts, either apostrophe. */
function pattern(form: string): string {
  return form
    .split(/[\s‐–-]+/)
    .map((part) => escape(part).replace(/'/g, "['’]"))
    .join('[\\s‐–-]+');
}

export function buildJargonMatcher(terms: readonly JargonTerm[], lang: PlainLanguage): JargonMatcher {
  const byKey = new Map<string, { entry: JargonTerm; exact: Set<string> }>();
  for (const entry of terms) {
    if (entry.term.trim() === '') continue;
    for (const form of formsOf(entry, lang)) {
      // Later terms win: the plan's own words override the built-in list.
      const k = key(form);
      const known = byKey.get(k);
      if (known && known.entry === entry) known.exact.add(form);
      else byKey.set(k, { entry, exact: new Set([form]) });
    }
  }
  const forms = [...byKey.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return { find: () => [] };
  const regex = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${forms.map(pattern).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'giu',
  );

  return {
    find(masked: string): JargonHit[] {
      const hits: JargonHit[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(masked); m !== null; m = regex.exec(masked)) {
        const found = byKey.get(key(m[0]));
        const text = m[0];
        if (
          !found ||
          text === '' ||
          (found.entry.caseSensitive && ![...found.exact].some((f) => sameCase(f, text)))
        ) {
          regex.lastIndex = m.index + 1;
          continue;
        }
        hits.push({ start: m.index, end: m.index + text.length, entry: found.entry });
      }
      return hits;
    },
  };
}

/** "APT" matches "APT" and "APTs", not "apt": compare the letters that are not separators. */
function sameCase(form: string, text: string): boolean {
  const letters = (s: string) => s.replace(/[\s‐–'’-]+/g, '');
  return letters(form) === letters(text);
}
