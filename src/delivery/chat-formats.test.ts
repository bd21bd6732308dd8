// Unit tests for the chat bodies' pure parts: Markdown to Slack mrkdwn, Slack's limits, the exercise mark.
import { describe, expect, it } from 'vitest';
import { chatTitle, markdownToMrkdwn, mattermostBody, slackBody, splitText } from './chat-formats.js';

describe('markdownToMrkdwn', () => {
  it('turns bold, italic, strike, headings, bullets and links into their mrkdwn', () => {
    expect(markdownToMrkdwn('## Wat nu?\n**vet** en *schuin* en ~~weg~~')).toBe(
      '*Wat nu?*\n*vet* en _schuin_ en ~weg~',
    );
    expect(markdownToMrkdwn('- een\n* twee\n  + drie')).toBe('• een\n• twee\n  • drie');
    expect(markdownToMrkdwn('Zie [status](https://status.example.org) of <https://example.org/a>')).toBe(
      'Zie <https://status.example.org|status> of <https://example.org/a|https://example.org/a>',
    );
  });

  it("escapes Slack's control characters but keeps quotes, and leaves code alone", () => {
    expect(markdownToMrkdwn('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(markdownToMrkdwn('> geciteerd')).toBe('> geciteerd');
    expect(markdownToMrkdwn('run `rm **x**` now')).toBe('run `rm **x**` now');
    expect(markdownToMrkdwn('```\n<b>**x**</b>\n```')).toBe('```\n&lt;b&gt;**x**&lt;/b&gt;\n```');
    // A bar or bracket in a label would end the link early.
    expect(markdownToMrkdwn('[a|b>c](https://x.example/p|q)')).toBe('<https://x.example/p%7Cq|a¦b&gt;c>');
  });
});

describe('splitText', () => {
  it('cuts at line breaks within the limit, and hard where a line is too long', () => {
    expect(splitText('aaa\nbbb\nccc', 7)).toEqual(['aaa\nbbb', 'ccc']);
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitText('', 10)).toEqual([]);
    expect(splitText('x'.repeat(3000), 3000)).toEqual(['x'.repeat(3000)]);
  });
});

describe('slackBody', () => {
  it("keeps to Slack's limits: a long title is cut, a long text spread over sections", () => {
    const body = slackBody({ title: 'T'.repeat(200), text: `${'a'.repeat(2000)}\n${'b'.repeat(2000)}` });
    const header = body.blocks[0] as { text: { text: string } };
    expect(header.text.text).toHaveLength(150);
    expect(header.text.text.endsWith('…')).toBe(true);
    expect(body.blocks.slice(1).map((b) => (b as { text: { text: string } }).text.text)).toEqual([
      'a'.repeat(2000),
      'b'.repeat(2000),
    ]);
  });

  it('has no empty section when there is no text', () => {
    expect(slackBody({ title: 'Alleen een titel', text: '  ' })).toEqual({
      text: 'Alleen een titel',
      blocks: [{ type: 'header', text: { type: 'plain_text', text: 'Alleen een titel', emoji: true } }],
    });
  });
});

describe('chatTitle', () => {
  it('marks an exercise once, and keeps the title on one line', () => {
    expect(chatTitle({ title: 'Storing', text: '', exercise: true })).toBe('EXERCISE / OEFENING: Storing');
    expect(chatTitle({ title: 'EXERCISE / OEFENING: Storing', text: '', exercise: true })).toBe(
      'EXERCISE / OEFENING: Storing',
    );
    expect(chatTitle({ title: 'Storing\nportal', text: '' })).toBe('Storing portal');
  });
});

describe('mattermostBody', () => {
  it('escapes a link label and percent-encodes what would end a Markdown link', () => {
    expect(
      mattermostBody({ title: 'T', text: '', link: 'https://x.example/a(b)', linkLabel: 'zie [hier]' }),
    ).toEqual({ text: '#### T\n\n[zie \\[hier\\]](https://x.example/a%28b%29)' });
  });
});
