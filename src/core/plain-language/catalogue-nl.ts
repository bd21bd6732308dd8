// Dutch words of the plain-language check (formal "u"). Keys match catalogue-en.ts; a test checks.
import type { PlainLanguageKey } from './catalogue-en.js';

export const plainLanguageNl: Record<PlainLanguageKey, string> = {
  'plain.jargon': '“{term}” is vaktaal of ambtelijke taal: schrijf liever “{plain}”.',
  'plain.long_sentence': 'Deze zin heeft {words} woorden. Probeer onder de {max} woorden te blijven.',
  'plain.passive':
    'Lijdende vorm: zeg wie het doet (“wij herstellen de bestanden” in plaats van “de bestanden worden hersteld”).',
  'plain.score': 'Leesbaarheid {score} van 100: {grade}.',
  'plain.grade.easy': 'makkelijk',
  'plain.grade.fairly_easy': 'vrij makkelijk',
  'plain.grade.standard': 'gemiddeld',
  'plain.grade.difficult': 'moeilijk',
  'plain.grade.very_difficult': 'erg moeilijk',
  'plain.summary': '{sentences} zinnen, {words} woorden.',
  'plain.no_findings': 'Geen vaktaal, lange zinnen of lijdende vorm gevonden.',
};
