// The messages of the plain-language check: the same keys and placeholders in Dutch and English.
import { describe, expect, it } from 'vitest';
import { plainLanguageEn } from './catalogue-en.js';
import { plainLanguageNl } from './catalogue-nl.js';
import { describeScore, plainLanguageText } from './catalogue.js';
import { checkPlainLanguage } from './check.js';

describe('plain-language catalogues', () => {
  it('have the same keys and {placeholders}, none empty', () => {
    expect(Object.keys(plainLanguageNl).sort()).toEqual(Object.keys(plainLanguageEn).sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(plainLanguageEn) as Array<keyof typeof plainLanguageEn>) {
      expect(plainLanguageNl[key].trim(), key).not.toBe('');
      expect(ph(plainLanguageNl[key]), key).toEqual(ph(plainLanguageEn[key]));
    }
  });

  it('address the Dutch reader formally', () => {
    for (const text of Object.values(plainLanguageNl)) expect(text).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
  });

  it('have a message for every finding the check returns', () => {
    const text = 'Lateral movement was detected. ' + Array.from({ length: 25 }, () => 'word').join(' ') + '.';
    const findings = checkPlainLanguage(text, 'en').findings;
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['jargon', 'passive', 'long_sentence']));
    for (const f of findings) {
      for (const lang of ['en', 'nl'] as const) {
        const message = plainLanguageText(lang, f.messageKey, f.params);
        expect(message).not.toBe(f.messageKey);
        expect(message).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('fill in the words', () => {
    expect(
      plainLanguageText('en', 'plain.jargon', { term: 'lateral movement', plain: 'the attackers spread' }),
    ).toBe('“lateral movement” is jargon: try “the attackers spread”.');
    expect(plainLanguageText('en', 'plain.long_sentence', { words: 31, max: 20 })).toBe(
      'This sentence has 31 words; try to stay under 20.',
    );
    expect(plainLanguageText('nl', 'plain.long_sentence', { words: 31, max: 20 })).toBe(
      'Deze zin heeft 31 woorden. Probeer onder de 20 woorden te blijven.',
    );
    expect(describeScore('nl', 66.5, 'standard')).toBe('Leesbaarheid 67 van 100: gemiddeld.');
    expect(describeScore('en', 95, 'easy')).toBe('Readability 95 of 100: easy.');
    expect(plainLanguageText('en', 'plain.unknown')).toBe('plain.unknown');
  });
});
