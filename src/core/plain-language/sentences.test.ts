// Sentences, long sentences and Markdown: what counts as a word and a sentence, with offsets kept.
import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from './check.js';
import { maskMarkdown } from './markdown-mask.js';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('long sentences', () => {
  it('flags more than 20 words with the count, in both languages', () => {
    for (const lang of ['en', 'nl'] as const) {
      const ok = `${words(20)}.`;
      expect(checkPlainLanguage(ok, lang).findings, lang).toEqual([]);
      // The long sentence starts with a capital: after "one." a lower-case word would continue the sentence.
      const text = `Short one. Woord ${words(20, 'woord')}! Short again.`;
      const long = checkPlainLanguage(text, lang).findings;
      expect(long).toHaveLength(1);
      expect(long[0]).toMatchObject({
        kind: 'long_sentence',
        start: 11,
        end: 11 + 21 * 6, // 21 × "woord" and 20 spaces, then the "!"
        messageKey: 'plain.long_sentence',
        params: { words: 21, max: 20 },
      });
      expect(long[0]!.text.endsWith('woord!')).toBe(true);
    }
  });

  it('does not end a sentence at abbreviations, decimals or versions', () => {
    const text = 'Use e.g. the app, i.e. version 3.5 or bijv. een andere. Then stop.';
    expect(checkPlainLanguage(text, 'en').sentences).toBe(2);
  });

  it('ends a sentence at ?, !, …, blank lines, headings and list items', () => {
    // Is it safe? | Yes! | Wait… | Then | Next paragraph | Heading | item one | item two | step
    const text = 'Is it safe? Yes! Wait… Then\n\nNext paragraph\n# Heading\n- item one\n- item two\n1. step';
    expect(checkPlainLanguage(text, 'en').sentences).toBe(9);
  });

  it('keeps a hard-wrapped paragraph together', () => {
    const text = 'We found the problem\nthis morning and we\nare fixing it now.';
    expect(checkPlainLanguage(text, 'en').sentences).toBe(1);
  });
});

describe('Markdown', () => {
  it('keeps every offset: the masked text has the same length', () => {
    const text = '## Title\n\nSee `code` and [link](https://x.nl "t") and {{eta}}.\n\n```\nblock\n```\n';
    const masked = maskMarkdown(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain('[link]');
    expect(masked).not.toContain('code');
    expect(masked).not.toContain('https');
    expect(masked).not.toContain('eta');
    expect(masked).not.toContain('block');
  });

  it('does not count code, URLs, variables, e-mail addresses or HTML tags as words', () => {
    const text = [
      'Mail **security@example.com** or see <https://status.example.com>.',
      'The [status page](https://status.example.com/incidents/42 "Status") says `systemctl restart` for {{ service }}.',
      '<br> Visit www.example.com today.',
      '',
      '```yaml',
      'ransomware: true',
      '```',
      '',
      '[ref]: https://example.com/ref',
    ].join('\n');
    const r = checkPlainLanguage(text, 'en');
    // Mail or see (3), The status page says for (5), Visit today (2).
    expect(r.words).toBe(10);
    expect(r.sentences).toBe(3);
    expect(r.findings).toEqual([]);
  });

  it('reports findings at their place in the original Markdown', () => {
    const text =
      '# Update\n\n- Our `EDR` found **malware** at https://x.nl.\n- Next update at {{next_update}}.';
    const [finding] = checkPlainLanguage(text, 'en').findings;
    expect(finding).toMatchObject({ kind: 'jargon', text: 'malware' });
    expect(text.slice(finding!.start, finding!.end)).toBe('malware');
  });

  it('counts a sentence with a masked variable by its visible words only', () => {
    const r = checkPlainLanguage('We expect to be back by {{eta}}.', 'en');
    expect(r).toMatchObject({ words: 6, sentences: 1 });
    // A variable can start a sentence: it is hidden, not turned into white space.
    expect(checkPlainLanguage('Done. {{org}} will call you.', 'en').sentences).toBe(2);
  });
});
