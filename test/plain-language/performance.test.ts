// A 5,000-word message is checked fast enough for every keystroke; the time is printed, not asserted tightly.
import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from '../../src/core/plain-language/index.js';

const paragraphs = {
  en:
    'Criminals got into our network last night. The attackers used lateral movement to reach the file ' +
    'servers, and the files are being restored by our team from the backups that were made on Sunday ' +
    'evening before the attack started. Change your password at `https://example.com/reset`. The next ' +
    'update comes at {{next_update}}. We expect the ransomware to be removed by Friday.\n\n',
  nl:
    'Criminelen zijn vannacht ons netwerk binnengekomen. De aanvallers hebben middels laterale beweging ' +
    'de bestandsservers bereikt, en de bestanden worden door ons team hersteld uit de back-ups die op ' +
    'zondagavond voor de aanval zijn gemaakt. Wijzig uw wachtwoord via `https://example.com/reset`. De ' +
    'volgende update komt om {{next_update}}. Wij verwachten dat de ransomware vrijdag reeds is verwijderd.\n\n',
};

function fiveThousandWords(paragraph: string, lang: 'en' | 'nl'): string {
  const per = checkPlainLanguage(paragraph, lang).words;
  return paragraph.repeat(Math.ceil(5000 / per));
}

describe('performance', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`checks 5,000 ${lang} words well under a second`, () => {
      const text = fiveThousandWords(paragraphs[lang], lang);
      const extra = [{ term: 'back-ups', plain: 'reservekopieën' }];
      const t0 = performance.now();
      const first = checkPlainLanguage(text, lang, { extraJargon: extra }); // builds the matcher
      const t1 = performance.now();
      const again = checkPlainLanguage(text, lang, { extraJargon: extra }); // as in the editor: cached
      const t2 = performance.now();
      console.log(
        `plain-language ${lang}: ${first.words} words, ${first.findings.length} findings; ` +
          `first ${(t1 - t0).toFixed(1)} ms, again ${(t2 - t1).toFixed(1)} ms`,
      );
      expect(first.words).toBeGreaterThanOrEqual(5000);
      expect(first.findings.filter((f) => f.kind === 'jargon').length).toBeGreaterThan(100);
      expect(again).toEqual(first);
      expect(t2 - t1).toBeLessThan(1000);
      expect(t1 - t0).toBeLessThan(1000);
    });
  }
});
