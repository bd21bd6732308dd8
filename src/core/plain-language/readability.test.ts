// Flesch and Flesch-Douma scores of texts whose syllables and scores were counted by hand.
import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from './check.js';
import { grade, readingEase } from './readability.js';
import { syllablesEn, syllablesNl } from './syllables.js';

describe('syllables', () => {
  it('counts English vowel groups with silent e, -ed, -es and -le', () => {
    const words: Record<string, number> = {
      cat: 1,
      make: 1,
      makes: 1,
      table: 2,
      people: 2,
      stopped: 1,
      wanted: 2,
      needed: 2,
      boxes: 2,
      changes: 2,
      places: 2,
      before: 2,
      police: 2,
      protection: 3,
      authority: 4,
      investigating: 5,
      copied: 2,
      played: 1,
      safely: 2,
      statement: 2,
      issue: 2,
      continue: 3,
      "don't": 1,
      "team's": 1,
      '2024': 4,
    };
    for (const [word, n] of Object.entries(words)) expect(syllablesEn(word), word).toBe(n);
  });

  it('counts Dutch vowel groups with diphthongs once and a diaeresis as a new syllable', () => {
    const words: Record<string, number> = {
      kat: 1,
      tijd: 1,
      nieuw: 1,
      mooi: 1,
      draai: 1,
      groei: 1,
      eeuw: 1,
      huis: 1,
      leuk: 1,
      oud: 1,
      blauw: 1,
      bureau: 2,
      systeem: 2,
      informatie: 4,
      organisatie: 5,
      politie: 3,
      ideeën: 3,
      coördinatie: 5,
      continuïteit: 5,
      dienstverlening: 4,
      medewerkers: 4,
      wachtwoorden: 3,
      één: 1,
      "foto's": 2,
    };
    for (const [word, n] of Object.entries(words)) expect(syllablesNl(word), word).toBe(n);
  });
});

describe('reading ease', () => {
  // Hand count, English: "We found the problem this morning." = 6 words, 1+1+1+2+1+2 = 8 syllables;
  // "Our team is fixing it now." = 6 words, 1+1+1+2+1+1 = 7 syllables. 12 words, 2 sentences, 15 syllables:
  // 206.835 − 1.015 × 6 − 84.6 × 1.25 = 206.835 − 6.09 − 105.75 = 94.995.
  it('scores a short English text as easy', () => {
    const r = checkPlainLanguage('We found the problem this morning. Our team is fixing it now.', 'en');
    expect(r).toMatchObject({ words: 12, sentences: 2, grade: 'easy' });
    expect(r.score).toBeCloseTo(95.0, 0);
  });

  // "The attackers copied some customer data before we stopped them." = 10 words, 1+3+2+1+3+2+2+1+1+1 = 17;
  // "We have informed the police and the data protection authority." = 10 words, 1+1+2+1+2+1+1+2+3+4 = 18.
  // 20 words, 2 sentences, 35 syllables: 206.835 − 1.015 × 10 − 84.6 × 1.75 = 48.635.
  it('scores a denser English text as difficult', () => {
    const text =
      'The attackers copied some customer data before we stopped them. ' +
      'We have informed the police and the data protection authority.';
    const r = checkPlainLanguage(text, 'en');
    expect(r).toMatchObject({ words: 20, sentences: 2, grade: 'difficult' });
    expect(Math.abs(r.score - 48.6)).toBeLessThan(2);
  });

  // Douma, Dutch: "Wij hebben het probleem vanochtend gevonden." = 6 words, 1+2+1+2+3+3 = 12 syllables;
  // "Onze mensen lossen het nu op." = 6 words, 2+2+2+1+1+1 = 9. 12 words, 2 sentences, 21 syllables:
  // 206.84 − 0.93 × 6 − 77 × 1.75 = 206.84 − 5.58 − 134.75 = 66.51.
  it('scores a short Dutch text with Douma', () => {
    const r = checkPlainLanguage(
      'Wij hebben het probleem vanochtend gevonden. Onze mensen lossen het nu op.',
      'nl',
    );
    expect(r).toMatchObject({ words: 12, sentences: 2, grade: 'standard' });
    expect(Math.abs(r.score - 66.5)).toBeLessThan(2);
  });

  // Ambtelijk: 15 words, 1 sentence, te-nein-de 3, de 1, con-ti-nu-ï-teit 5, van 1, de 1,
  // dienst-ver-le-ning 4, te 1, waar-bor-gen 3, die-nen 2, me-de-wer-kers 4, on-ver-wijld 3, hun 1,
  // wacht-woor-den 3, te 1, wij-zi-gen 3 = 36 syllables: 206.84 − 0.93 × 15 − 77 × 2.4 = 206.84 − 13.95 − 184.8 = 8.09.
  it('scores officialese Dutch as very difficult', () => {
    const text =
      'Teneinde de continuïteit van de dienstverlening te waarborgen, dienen medewerkers onverwijld hun ' +
      'wachtwoorden te wijzigen.';
    const r = checkPlainLanguage(text, 'nl');
    expect(r).toMatchObject({ words: 15, sentences: 1, grade: 'very_difficult' });
    expect(Math.abs(r.score - 8.1)).toBeLessThan(2);
  });

  it('clamps to 0..100', () => {
    // "The cat sat on the mat." = 6 one-syllable words: 206.835 − 6.09 − 84.6 = 116.1, clamped to 100.
    expect(checkPlainLanguage('The cat sat on the mat.', 'en').score).toBe(100);
    // Eight long words in one sentence: far below zero before clamping.
    const dense = 'Our engineers are investigating the underlying infrastructure vulnerability.';
    expect(checkPlainLanguage(dense, 'en').score).toBe(0);
    expect(readingEase('en', 10, 1, 40)).toBe(0);
  });

  it('maps scores to the grade bands', () => {
    expect([95, 80, 79.9, 70, 65, 60, 45, 30, 29.9, 0].map(grade)).toEqual([
      'easy',
      'easy',
      'fairly_easy',
      'fairly_easy',
      'standard',
      'standard',
      'difficult',
      'difficult',
      'very_difficult',
      'very_difficult',
    ]);
  });

  it('treats an empty text as easy, with nothing counted', () => {
    for (const text of ['', '   \n\n ', '```\nconst x = 1;\n```', '{{incident.title}}']) {
      for (const lang of ['en', 'nl'] as const) {
        expect(checkPlainLanguage(text, lang)).toEqual({
          score: 100,
          grade: 'easy',
          sentences: 0,
          words: 0,
          findings: [],
        });
      }
    }
  });
});
