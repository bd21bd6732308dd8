// The hostile corpus through the pure text formats: Slack mrkdwn (no special mention or non-web link can be made
// from a message body), Mattermost and Teams (valid JSON, text kept), CSV cells (a formula start is defused and
// the cell reads back whole), and the Markdown renderer (no element, attribute or URL from a payload survives).
import { describe, expect, it } from 'vitest';
import { chatBody, markdownToMrkdwn } from '../../src/delivery/chat-formats.js';
import { csvCell, parseCsv } from '../../src/core/csv.js';
import { markdownToHtml } from '../../src/core/markdown.js';
import { PAYLOADS } from './payloads.js';

describe('the hostile corpus in text formats', () => {
  it('Slack mrkdwn: every <...> in the output is a web or mail link made by Stormbell', () => {
    for (const p of PAYLOADS) {
      const out = markdownToMrkdwn(p.text);
      for (const [whole] of out.matchAll(/<[^>]*>?/g))
        expect(whole, `payload ${p.n} (${p.name}) gave ${out}`).toMatch(
          /^<(?:https?:\/\/|mailto:)[^<>]*\|[^<>]*>$/,
        );
    }
    // Markdown links to Slack's special targets stay text: no @channel, @everyone or user mention from a body.
    for (const target of [
      '!channel',
      '!everyone',
      '!here',
      '@U024BE7LH',
      '#C024BE7LH',
      'javascript:alert(1)',
    ])
      expect(markdownToMrkdwn(`[hi](${target})`)).not.toContain(`<${target}`);
    expect(markdownToMrkdwn('[site](https://example.org)')).toBe('<https://example.org|site>');
  });

  it('chat bodies for Slack, Teams and Mattermost are JSON with the payloads as text', () => {
    for (const format of ['slack', 'teams', 'mattermost'] as const)
      for (const p of PAYLOADS) {
        const body = JSON.parse(JSON.stringify(chatBody(format, { title: p.text, text: p.text })));
        expect(body, `${format} ${p.n}`).toBeTruthy();
      }
  });

  it('CSV cells: formula starts defused, every payload reads back as one cell', () => {
    const file = `a,b\r\n${PAYLOADS.map((p) => `${csvCell(p.text)},${csvCell(p.n)}`).join('\r\n')}\r\n`;
    const parsed = parseCsv(file);
    expect('records' in parsed).toBe(true);
    if (!('records' in parsed)) return;
    const rows = parsed.records.slice(1);
    expect(rows).toHaveLength(PAYLOADS.length);
    for (const [i, row] of rows.entries()) {
      const p = PAYLOADS[i]!;
      expect(row.cells, `payload ${p.n}`).toHaveLength(2);
      expect(row.cells[0], `payload ${p.n}`).not.toMatch(/^[=+\-@\t\r]/);
      expect(row.cells[0], `payload ${p.n}`).toBe(/^[=+\-@\t\r]/.test(p.text) ? `'${p.text}` : p.text);
    }
  });

  it('Markdown to HTML: no payload makes an element, an event attribute or an unsafe link', () => {
    const html = markdownToHtml(PAYLOADS.map((p) => p.text).join('\n\n'));
    // Attribute values are escaped text: look at the tags with their values emptied.
    const tags = [...html.replace(/"[^"]*"/g, '""').matchAll(/<[^>]*>/g)].map(([t]) => t);
    for (const t of tags) {
      expect(t).toMatch(/^<\/?(?:p|a|em|strong|code|pre|br|hr|ul|ol|li|blockquote|h[1-6])\b/);
      expect(t).not.toMatch(/\son\w+\s*=|data-pwn|style=|src=/i);
    }
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(?:https?:\/\/|mailto:)/);
  });
});
