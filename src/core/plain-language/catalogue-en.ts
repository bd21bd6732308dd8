// English words of the plain-language check: findings, the score and the grades. Keys match catalogue-nl.ts.
export const plainLanguageEn = {
  'plain.jargon': '“{term}” is jargon: try “{plain}”.',
  'plain.long_sentence': 'This sentence has {words} words; try to stay under {max}.',
  'plain.passive': 'Passive: say who does it (“we restore the files” rather than “the files are restored”).',
  'plain.score': 'Readability {score} of 100: {grade}.',
  'plain.grade.easy': 'easy',
  'plain.grade.fairly_easy': 'fairly easy',
  'plain.grade.standard': 'standard',
  'plain.grade.difficult': 'difficult',
  'plain.grade.very_difficult': 'very difficult',
  'plain.summary': '{sentences} sentences, {words} words.',
  'plain.no_findings': 'No jargon, long sentences or passive constructions found.',
} as const;

export type PlainLanguageKey = keyof typeof plainLanguageEn;
