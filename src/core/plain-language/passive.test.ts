// Passive voice: found in textbook examples, not in ordinary active sentences, in English and Dutch.
import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from './check.js';
import type { PlainLanguage } from './types.js';

function passives(text: string, lang: PlainLanguage): string[] {
  return checkPlainLanguage(text, lang)
    .findings.filter((f) => f.kind === 'passive')
    .map((f) => f.text);
}

describe('English passive', () => {
  it('is found in textbook examples, from the form of "be" to the participle', () => {
    const examples: Array<[string, string]> = [
      ['The files are restored by our team.', 'are restored'],
      ['Mistakes were made.', 'were made'],
      ['The data was stolen.', 'was stolen'],
      ['The window has been broken.', 'been broken'],
      ['The report is being written.', 'is being written'],
      ['The systems were shut down last night.', 'were shut'],
      ['All passwords will be reset.', 'be reset'],
      ['Your account has been locked.', 'been locked'],
      ['The servers were taken offline.', 'were taken'],
      ['Customers are now notified by email.', 'are now notified'],
    ];
    for (const [text, passive] of examples) expect(passives(text, 'en'), text).toEqual([passive]);
  });

  it('is not found in active sentences', () => {
    const active = [
      'We restored the files this morning.',
      'The team is working on a fix.',
      'Our systems are back online.',
      'This is the updated plan.',
      'We need more time.',
      'They were in the office.',
      'It is safe to log in again.',
      'Attackers copied customer data.',
      'Is your account safe?',
      'The problem was a broken cable.',
      'You are not affected.',
      'The office is closed today.',
    ];
    for (const text of active) expect(passives(text, 'en'), text).toEqual([]);
  });

  it('gives offsets, the message key and no suggestion', () => {
    const [finding] = checkPlainLanguage('Sadly, mistakes were made.', 'en').findings;
    expect(finding).toEqual({
      kind: 'passive',
      start: 16,
      end: 25,
      text: 'were made',
      messageKey: 'plain.passive',
      params: { text: 'were made' },
    });
  });
});

describe('Dutch passive', () => {
  it('is found with "worden" and a participle, before or after it', () => {
    const examples: Array<[string, string]> = [
      ['De bestanden worden hersteld.', 'worden hersteld'],
      ['Er wordt hard gewerkt aan een oplossing.', 'wordt hard gewerkt'],
      ['De storing werd gisteren ontdekt.', 'werd gisteren ontdekt'],
      ['Uw wachtwoord wordt morgen opnieuw ingesteld.', 'wordt morgen opnieuw ingesteld'],
      ['Het probleem wordt onderzocht.', 'wordt onderzocht'],
      ['De e-mail werd verzonden.', 'werd verzonden'],
      [
        'Er wordt door een extern bedrijf onderzoek gedaan.',
        'wordt door een extern bedrijf onderzoek gedaan',
      ],
      ['Alle medewerkers worden vandaag geïnformeerd.', 'worden vandaag geïnformeerd'],
      ['De systemen moeten worden uitgeschakeld.', 'worden uitgeschakeld'],
      ['Omdat de servers afgesloten werden, lag alles stil.', 'afgesloten werden'],
    ];
    for (const [text, passive] of examples) expect(passives(text, 'nl'), text).toEqual([passive]);
  });

  it('is found with "is/zijn" and a ge-participle only when "door" says who did it', () => {
    expect(passives('De gegevens zijn door criminelen gestolen.', 'nl')).toEqual([
      'zijn door criminelen gestolen',
    ]);
    expect(passives('De politie is ingelicht door de directie.', 'nl')).toEqual(['is ingelicht']);
    expect(passives('De gegevens zijn gestolen.', 'nl')).toEqual([]);
  });

  it('is not found in active sentences', () => {
    const active = [
      'Wij herstellen de bestanden.',
      'Het team werkt aan een oplossing.',
      'U kunt weer inloggen.',
      'De systemen zijn weer beschikbaar.',
      'Wij hebben de politie ingelicht.',
      'Het wordt vandaag laat.',
      'Morgen krijgt u een nieuwe update.',
      'We zijn gisteren begonnen met het onderzoek.',
      'Criminelen hebben gegevens gestolen.',
      'Wij gaan door met het herstel.',
      'Het wordt een lange dag.',
      'Dit bestand wordt groot.',
      'Het wordt tijd om de bestanden te herstellen.',
    ];
    for (const text of active) expect(passives(text, 'nl'), text).toEqual([]);
  });

  it('stays within its sentence', () => {
    expect(passives('Het wordt laat. Gisteren gestart.', 'nl')).toEqual([]);
    expect(passives('It was late. Restored files are back.', 'en')).toEqual([]);
  });
});
